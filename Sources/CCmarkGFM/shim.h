// cmark-gfm (Debian's libcmark-gfm-dev): the reference CommonMark parser with GitHub's
// extensions, for report.html. Only what the report uses of the extension API is declared
// here: Debian ships cmark-gfm-core-extensions.h in no package.
#include <cmark-gfm.h>

cmark_syntax_extension *cmark_find_syntax_extension(const char *name);
int cmark_parser_attach_syntax_extension(cmark_parser *parser, cmark_syntax_extension *extension);
cmark_llist *cmark_parser_get_syntax_extensions(cmark_parser *parser);
void cmark_gfm_core_extensions_ensure_registered(void);
