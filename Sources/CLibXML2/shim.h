// libxml2's HTML parser, which reads .html and .htm articles (Corpus/HTMLText.swift).
// Only Corpus imports CLibXML2.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU
// headers, whose types clash with the ICU that Foundation carries (_FoundationICU). The
// HTML reader uses no ICU type: the headers are read as for a libxml2 without ICU (that
// changes only the layout of xmlCharEncodingHandler, which the reader never touches).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
