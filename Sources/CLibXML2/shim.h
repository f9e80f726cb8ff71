// libxml2's HTML parser, which reads .html and .htm articles (Corpus/HTMLText.swift).
// Only Corpus imports CLibXML2.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
