#!/usr/bin/env bash
# Makes the reader's Word fixtures again, with the tools that write real Word
# files (not run by the tests, which read the committed .docx):
#   tests/fixtures/ke-hoach-cao-bang.docx: LibreOffice from the .html beside it
#     (through .odt): numbering.xml, a group row merged across, a lead merged down;
#   tests/fixtures/ke-hoach-ha-giang.docx: python-docx, numbered by the
#     "List Number" paragraph style (styles.xml), as Word's own list buttons do;
#   tests/fixtures/ke-hoach-cong-hai.docx: python-docx, a Party committee's
#     plan with its header and closing in borderless tables, and its text as
#     LibreOffice writes it (tests/corpus/dang-uy-cong-hai-kh-2026-du-thao.txt).
# Needs Debian's libreoffice-writer-nogui and PyPI's python-docx.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp ke-hoach-cao-bang.html "$work/"
(cd "$work" && soffice --headless --convert-to odt ke-hoach-cao-bang.html >/dev/null \
  && soffice --headless --convert-to docx:"MS Word 2007 XML" ke-hoach-cao-bang.odt >/dev/null)
cp "$work/ke-hoach-cao-bang.docx" .
python3 ke-hoach-ha-giang.py ke-hoach-ha-giang.docx
python3 ke-hoach-cong-hai.py ke-hoach-cong-hai.docx
cp ke-hoach-cong-hai.docx "$work/"
(cd "$work" && soffice --headless --convert-to "txt:Text (encoded):UTF8" ke-hoach-cong-hai.docx >/dev/null)
cp "$work/ke-hoach-cong-hai.txt" ../corpus/dang-uy-cong-hai-kh-2026-du-thao.txt
echo "tests/fixtures: ke-hoach-cao-bang.docx, ke-hoach-ha-giang.docx, ke-hoach-cong-hai.docx (and its text in tests/corpus)"
