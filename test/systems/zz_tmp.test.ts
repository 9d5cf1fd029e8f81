import { it } from 'vitest';
import { dopri5, rk4, solveDde } from '../../src/systems/index.ts';
import { logLogSlope } from './helpers.ts';
it('print', () => {
const lr = (_t:number,y:Float64Array,d:Float64Array)=>{d[0]=y[0]*(1-y[0]);};
const ex = (t:number,y0:number)=>1/(1+(1/y0-1)*Math.exp(-t));
let hs=[0.4,0.2,0.1,0.05]; let e = hs.map(h=>Math.abs(rk4(lr,[0.1],[0,4],{maxStep:h}).y[0][1]-ex(4,0.1))); console.log('rk4 logistic', logLogSlope(hs,e), e);
hs=[0.8,0.4,0.2,0.1]; e = hs.map(h=>Math.abs(dopri5(lr,[0.05],[0,8],{fixedStep:h}).y[0][1]-ex(8,0.05))); console.log('dp5 logistic', logLogSlope(hs,e), e);
const rt=[1e-4,1e-6,1e-8,1e-10]; e = rt.map(r=>Math.abs(dopri5(lr,[0.05],[0,8],{rtol:r,atol:r*1e-3}).y[0][1]-ex(8,0.05))); console.log('dp5 adaptive', logLogSlope(rt,e), e);
});
