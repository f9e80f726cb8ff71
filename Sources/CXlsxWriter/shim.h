// libxlsxwriter (Debian's libxlsxwriter-dev): writes the --xlsx workbook.
#include <xlsxwriter.h>
