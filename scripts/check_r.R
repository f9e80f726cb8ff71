#!/usr/bin/env Rscript
# Reads every CSV file of an output folder in R with the types datapackage.json gives
# (readr::read_csv with col_types from the descriptor, na = ""), and reports a value that
# does not parse as its column's type. Needs readr and jsonlite (Debian: r-cran-readr,
# r-cran-jsonlite).
#
#     Rscript scripts/check_r.R OUTPUT_DIR
args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
package <- jsonlite::fromJSON(file.path(folder, "datapackage.json"), simplifyVector = FALSE)
codes <- c(string = "c", integer = "d", number = "d", boolean = "l")
failures <- 0
for (resource in package$resources) {
  fields <- resource$schema$fields
  types <- paste(vapply(fields, function(f) codes[[f$type]], ""), collapse = "")
  table <- readr::read_csv(file.path(folder, resource$path), col_types = types, na = "",
                           locale = readr::locale(encoding = "UTF-8"), progress = FALSE)
  problems <- readr::problems(table)
  names_ok <- identical(names(table), vapply(fields, function(f) f$name, ""))
  integers <- vapply(fields, function(f) f$type == "integer", TRUE)
  whole <- all(vapply(which(integers), function(i) all(is.na(table[[i]]) | table[[i]] == round(table[[i]])), TRUE))
  cat(sprintf("R: %s: %d rows, %d problems%s%s\n", resource$path, nrow(table), nrow(problems),
              if (names_ok) "" else ", columns differ from the descriptor",
              if (whole) "" else ", an integer column holds a fraction"))
  if (nrow(problems) > 0) print(head(problems))
  failures <- failures + nrow(problems) + (!names_ok) + (!whole)
}
cat(sprintf("%d failures\n", failures))
quit(status = if (failures > 0) 1 else 0)
