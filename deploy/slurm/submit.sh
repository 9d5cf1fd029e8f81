#!/bin/bash
# Submits the sharded reproduction and the merge that runs once every array task succeeded (afterok).
# Usage: RESULTS=/shared/hippo-results deploy/slurm/submit.sh
set -euo pipefail
here=$(dirname "$0")
array=$(sbatch --parsable --export=ALL "$here/reproduce.sbatch")
sbatch --export=ALL --dependency="afterok:${array}" "$here/merge.sbatch"
