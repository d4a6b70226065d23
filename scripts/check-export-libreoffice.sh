#!/usr/bin/env bash
# Exports the fixture reports, opens them in LibreOffice (PDF + CSV, formulas recalculated) and compares the
# values. Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils
# Not part of `npm test`: it needs LibreOffice and takes a few seconds per file.
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx scripts/check-export-libreoffice.ts "$@"
