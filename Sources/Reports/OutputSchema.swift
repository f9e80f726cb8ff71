import Foundation
import Text

/// The type and meaning of every column the CSV files hold, one type per column whatever
/// the corpus: `datapackage.json` (Frictionless Data) is written from it, `--xlsx` types its
/// cells by it, and a test checks every written value against it.
public enum OutputSchema {
    /// A column's type, as Frictionless Data names it.
    public enum ColumnType: String, Sendable {
        case string, integer, number, boolean
    }

    /// One column of a file.
    public struct Column: Equatable, Sendable {
        public let name: String
        public let type: ColumnType
        public let description: String
    }

    /// Columns shared by several files: the same name means the same thing.
    static let shared: [String: (ColumnType, String)] = [
        "scope": (.string, "corpus for the whole corpus's row (its group empty), group for a group's"),
        "group": (.string, "The group: a value of the --group-by column (empty in rows whose scope is corpus)"),
        "file": (.string, "The document: its path in the corpus folder, or FILE:LINE for a CSV or JSON Lines record"),
        "term": (.string, "The term (a word form, or its stem with --stem; an n-gram's words separated by spaces)"),
        "n": (.integer, "Words in the n-gram"),
        "count": (.integer, "Occurrences"),
        "per_10k": (.number, "Occurrences per 10,000 tokens of the group (stopwords in the denominator)"),
        "doc_freq": (.integer, "Documents of the group the term occurs in"),
        "sentence": (.integer, "The sentence's number in its document, from 1"),
        "char_start": (.integer, "Offset of the first character (Unicode scalars, from 0) in the cleaned text"),
        "char_end": (.integer, "Offset after the last character in the cleaned text"),
        "tokens": (.integer, "Word tokens"),
        "documents": (.integer, "Documents"),
        "sentences": (.integer, "Sentences"),
        "level": (.number, "Confidence level of the interval"),
        "resamples": (.integer, "Bootstrap resamples"),
        "seed": (.integer, "Seed of the random number generator"),
        "ci_low": (.number, "Lower end of the bootstrap interval"),
        "ci_high": (.number, "Upper end of the bootstrap interval"),
        "expected": (.number, "Count expected if there were no association"),
        "g2": (.number, "Log-likelihood ratio G²"),
        "p": (.number, "p-value"),
        "q": (.number, "Benjamini–Hochberg q-value (false discovery rate)"),
        "pmi": (.number, "Pointwise mutual information (log2)"),
        "entity_id": (.string, "The entity's id in entities.csv: E and 12 hexadecimal digits of a hash of its type and canonical name, the same from run to run while its name is"),
        "type": (.string, "Entity type: PERSON, ORG, GPE, NORP or OTHER"),
        "surface": (.string, "The text as it appears"),
        "titled_surface": (.string, "The surface with its title or role (President Donald Trump)"),
        "comparison_group": (.string, "The group of figures compared as one quantity, named by the key (FILE@CHAR) of its earliest report: the same from run to run while that report stays in it"),
        "counted_key": (.string, "What the figure counts, normalised for comparison"),
        "event": (.string, "The event the figure counts (killed, wounded, ...)"),
        "group_reports": (.integer, "Figures in the comparison group"),
        "group_documents": (.integer, "Documents in the comparison group"),
        "group_outlets": (.integer, "Groups (outlets) in the comparison group"),
        "group_min": (.number, "Smallest value in the comparison group"),
        "group_median": (.number, "Median value in the comparison group"),
        "group_max": (.number, "Largest value in the comparison group"),
        "group_cv": (.number, "Coefficient of variation of the values in the comparison group"),
        "figure_key": (.string, "The figure's key: FILE@CHAR"),
        "value": (.number, "The value"),
        "low": (.number, "Lower end of the interval the wording gives"),
        "high": (.number, "Upper end of the interval the wording gives (inf when open)"),
        "qualifier": (.string, "The wording's qualifier: exact, approx, more_than, at_least, ..."),
        "unit": (.string, "Unit: count, percent, currency, duration, ..."),
        "counted": (.string, "What the figure counts, as written"),
        "source": (.string, "Who the figure is attributed to"),
        "time": (.string, "The time the figure refers to, as written"),
        "time_resolved": (.string, "That time as a date or date range (ISO 8601)"),
        "inherited": (.boolean, "Whether the counted noun comes from an earlier figure (that tally)"),
        "sentence_text": (.string, "The sentence"),
        "text": (.string, "The sentence"),
        "window": (.string, "The co-occurrence window"),
    ]

    /// Columns whose meaning depends on their file.
    static let byFile: [String: [String: (ColumnType, String)]] = [
        "terms.csv": [:],
        "ngrams.csv": ["term": (.string, "The n-gram, its words separated by spaces")],
        "documents.csv": [
            "file": (.string, "The document: its path in the corpus folder, or FILE:LINE for a CSV or JSON Lines record"),
            "characters": (.integer, "Characters (Unicode scalars) of the text as read"),
            "characters_kept": (.integer, "Characters after cleaning"),
            "characters_removed": (.integer, "Characters the cleaning removed"),
            "paragraphs": (.integer, "Paragraphs"),
            "sentences": (.integer, "Sentences"),
            "tokens": (.integer, "Word tokens, stopwords included"),
            "terms": (.integer, "Tokens counted in terms.csv (empty without the terms analysis)"),
            "duplicate_of": (.string, "The first document of the set this one repeats, exactly or nearly"),
            "duplicate_similarity": (.number, "Similarity to that document (shingle overlap)"),
        ],
        "keyness.csv": [
            "reference": (.string, "What the group is compared with: (rest) for the rest of the corpus, or the group named by --compare"),
            "count_reference": (.integer, "Occurrences in the reference"),
            "tokens": (.integer, "Tokens of the group"),
            "tokens_reference": (.integer, "Tokens of the reference"),
            "expected_reference": (.number, "Count expected in the reference if the term were spread evenly"),
            "per_10k_reference": (.number, "Occurrences per 10,000 tokens of the reference"),
            "log_ratio": (.number, "Binary log of the ratio of the two rates (0.5 added to a zero count)"),
            "direction": (.string, "over or under: more or less frequent in the group than in the reference"),
            "documents": (.integer, "Documents of the group using the term"),
            "documents_reference": (.integer, "Documents of the reference using the term"),
            "documents_total": (.integer, "Documents of the group"),
            "documents_total_reference": (.integer, "Documents of the reference"),
            "document_share": (.number, "Share of the group's documents using the term"),
            "document_share_reference": (.number, "Share of the reference's documents using the term"),
            "dp": (.number, "Gries's deviation of proportions over the group's documents"),
            "welch_t": (.number, "Welch's t of the per-document rates"),
            "welch_df": (.number, "Degrees of freedom of Welch's test"),
            "welch_p": (.number, "p-value of Welch's test"),
            "welch_q": (.number, "q-value of Welch's test"),
            "bootstrap_p": (.number, "p-value of the document bootstrap test"),
            "bootstrap_q": (.number, "q-value of the document bootstrap test"),
        ],
        "collocations.csv": [
            "bigram": (.string, "The two words"),
            "word1": (.string, "First word"),
            "word2": (.string, "Second word"),
            "count": (.integer, "Occurrences of the bigram"),
            "word1_count": (.integer, "Occurrences of the first word in first place"),
            "word2_count": (.integer, "Occurrences of the second word in second place"),
            "pairs": (.integer, "Adjacent word pairs in the corpus"),
            "t_score": (.number, "t-score"),
        ],
        "doc_terms.csv": [
            "rank": (.integer, "Rank by tf-idf within the document"),
            "count": (.integer, "Occurrences in the document"),
            "doc_freq": (.integer, "Documents of the corpus the term occurs in"),
            "tf_idf": (.number, "tf-idf"),
        ],
        "term_intervals.csv": [
            "tokens": (.integer, "Tokens of the group"),
            "documents": (.integer, "Documents of the group (the resampled units)"),
        ],
        "entities.csv": [
            "name": (.string, "The entity's canonical name"),
            "mentions": (.integer, "Mentions"),
            "documents": (.integer, "Documents mentioning it"),
            "groups": (.string, "Mentions per group, as group:count; ..."),
            "surface_forms": (.string, "Forms it is written in, as form:count; ..."),
            "titled_forms": (.string, "Forms with a title or role, as form:count; ..."),
            "merge_reasons": (.string, "Why each form or short name was merged into it"),
        ],
        "entity_forms.csv": [
            "name": (.string, "The entity's canonical name"),
            "form": (.string, "A form the entity is written in"),
            "titled": (.boolean, "Whether the form carries a title or role (President Donald Trump)"),
            "count": (.integer, "Mentions in that form"),
        ],
        "entity_groups.csv": [
            "name": (.string, "The entity's canonical name"),
            "mentions": (.integer, "Mentions in the group"),
        ],
        "entity_mentions.csv": [:],
        "cooccurrence.csv": [
            "entity_a": (.string, "First entity's id"),
            "entity_b": (.string, "Second entity's id"),
            "name_a": (.string, "First entity's name"),
            "name_b": (.string, "Second entity's name"),
            "count": (.integer, "Windows holding both"),
            "windows_a": (.integer, "Windows holding the first"),
            "windows_b": (.integer, "Windows holding the second"),
            "windows": (.integer, "All windows"),
            "npmi": (.number, "Normalised PMI (-1 to 1)"),
            "dice": (.number, "Dice coefficient"),
        ],
        "cooccurrence_matrix.csv": ["entity": (.string, "The entity: name (id)")],
        "sentiment_sentences.csv": [
            "voice": (.string, "narrated, quoted or mixed"),
            "neg": (.number, "VADER negative share"),
            "neu": (.number, "VADER neutral share"),
            "pos": (.number, "VADER positive share"),
            "compound": (.number, "VADER compound score (-1 to 1)"),
            "compound_quoted": (.number, "Compound score of the quoted part"),
            "compound_narrated": (.number, "Compound score of the narrated part"),
        ],
        "sentiment_documents.csv": [
            "mean_compound": (.number, "Mean compound score of the sentences"),
            "positive": (.integer, "Sentences with compound ≥ 0.05"),
            "neutral": (.integer, "Sentences with compound between -0.05 and 0.05"),
            "negative": (.integer, "Sentences with compound ≤ -0.05"),
            "quoted_parts": (.integer, "Quoted parts of sentences"),
            "mean_quoted": (.number, "Mean compound score of the quoted parts"),
            "narrated_parts": (.integer, "Narrated parts of sentences"),
            "mean_narrated": (.number, "Mean compound score of the narrated parts"),
        ],
        "sentiment_groups.csv": [
            "measure": (.string, "The measure: mean_compound, share_positive, ..."),
            "value": (.number, "The measure's value"),
        ],
        "sentiment_comparisons.csv": [
            "group_a": (.string, "First group"),
            "group_b": (.string, "Second group"),
            "documents_a": (.integer, "Documents of the first group"),
            "documents_b": (.integer, "Documents of the second group"),
            "sentences_a": (.integer, "Sentences of the first group"),
            "sentences_b": (.integer, "Sentences of the second group"),
            "document_mean_a": (.number, "Mean of the first group's document means"),
            "document_mean_b": (.number, "Mean of the second group's document means"),
            "difference": (.number, "document_mean_a − document_mean_b"),
            "welch_t": (.number, "Welch's t"),
            "df": (.number, "Degrees of freedom"),
            "permutation_p": (.number, "p-value of the permutation test"),
            "cohens_d": (.number, "Cohen's d"),
            "note": (.string, "Why a comparison was not tested"),
        ],
        "figures.csv": [:],
        "figure_groups.csv": [
            "with_value": (.integer, "Figures with a value"),
            "mean": (.number, "Mean value"),
            "sd": (.number, "Standard deviation of the values"),
            "outlets": (.string, "The groups reporting it, separated by ; "),
            "pairs_listed": (.boolean, "Whether its pairs are listed in figure_comparisons.csv"),
        ],
        "figure_comparisons.csv": [
            "ratio": (.number, "value_b / value_a"),
            "difference": (.number, "value_b − value_a"),
            "change_pct": (.number, "Change from a to b in percent"),
            "intervals_overlap": (.boolean, "Whether the two intervals the wording gives overlap"),
            "status": (.string, "agree, disagree, revised, different_times, ..."),
            "link_score": (.number, "The linker's score (0 to 1)"),
            "link_kind": (.string, "How the two were linked"),
            "link_reasons": (.string, "The evidence for the link"),
        ],
        "kwic.csv": [
            "item": (.string, "The finding: term:…, pair:A – B or figure:FILE@CHAR (the query in analyze kwic)"),
            "raw_char_start": (.integer, "Offset of the match in the file as read (empty when cleaning changed the sentence)"),
            "raw_char_end": (.integer, "Offset after the match in the file as read"),
            "left": (.string, "Context before the match"),
            "match": (.string, "The match"),
            "right": (.string, "Context after the match"),
        ],
        "documents_by_period.csv": [
            "period": (.string, "The period: a day's date, a week's Monday (2020-01-06), a month (2020-01) or a year; undated for documents without a readable date, imprecise for a date coarser than --period"),
            "documents": (.integer, "Documents of the group in the period (each table's rows add up to the corpus's)"),
            "tokens": (.integer, "Tokens of those documents"),
        ],
        "terms_by_period.csv": [
            "period": (.string, "The period: a day's date, a week's Monday (2020-01-06), a month (2020-01) or a year; undated for documents without a readable date, imprecise for a date coarser than --period"),
            "term": (.string, "One of the corpus's most frequent terms (--report-top)"),
            "count": (.integer, "Occurrences in the group's documents of the period"),
            "tokens": (.integer, "Tokens of the group's documents of the period"),
            "per_10k": (.number, "count per 10,000 tokens"),
        ],
        "entities_by_period.csv": [
            "period": (.string, "The period: a day's date, a week's Monday (2020-01-06), a month (2020-01) or a year; undated for documents without a readable date, imprecise for a date coarser than --period"),
            "name": (.string, "The entity's canonical name"),
            "mentions": (.integer, "Mentions in the group's documents of the period"),
        ],
        "sentiment_by_period.csv": [
            "period": (.string, "The period: a day's date, a week's Monday (2020-01-06), a month (2020-01) or a year; undated for documents without a readable date, imprecise for a date coarser than --period"),
            "documents": (.integer, "Documents with sentences"),
            "sentences": (.integer, "Sentences scored"),
            "mean_compound": (.number, "Mean VADER compound over the sentences"),
            "ci_low": (.number, "Lower end of the cluster-bootstrap interval (documents resampled); empty for one document"),
            "ci_high": (.number, "Upper end of that interval"),
        ],
        "figures_by_period.csv": [
            "period": (.string, "The period: a day's date, a week's Monday (2020-01-06), a month (2020-01) or a year; undated for documents without a readable date, imprecise for a date coarser than --period"),
            "figures": (.integer, "Figures in the group's documents of the period"),
            "documents": (.integer, "Documents holding them"),
        ],
        "changes.csv": [
            "kind": (.string, "What changed: file_added, file_removed, file_changed, document_added, document_removed, group_added, group_removed, group_documents, term_new, term_gone, term_rate, entity_new, entity_gone, entity_renamed, entity_rank, pair_new, pair_gone, sentiment, figure_new, figure_removed, figure_revised"),
            "item": (.string, "The file, document, group, term, entity (name and type), entity pair (A + B), quantity (counted noun and event) or measure"),
            "group": (.string, "The group the change is in (empty: the corpus, or of no group)"),
            "key": (.string, "The item's id in the later run's tables: document, entity_id or figure_key (empty when it has none)"),
            "before": (.number, "The earlier run's value: bytes of a file, tokens of a document, documents of a group, a term's rate per 10,000 tokens, mentions, a rank, a pair's count, a mean compound, a figure's value"),
            "after": (.number, "The later run's value, in the unit of before"),
            "difference": (.number, "after − before"),
            "ci_low": (.number, "Lower end of the 95% bootstrap interval of the difference (sentiment)"),
            "ci_high": (.number, "Upper end of that interval"),
            "statistic": (.number, "G² of a term's counts (1 df); a sentiment difference; the change of mentions of a moved entity; after / before of a revised figure"),
            "p": (.number, "p of the test (G² for terms, two-sided bootstrap for sentiment)"),
            "q": (.number, "Benjamini–Hochberg q over the terms of the scope, or over the groups"),
            "detail": (.string, "For a figure: as written, with its file; for a revision also the earlier report; for a renamed entity its earlier name"),
        ],
        "dictionary_documents.csv": [
            "dictionary": (.string, "The dictionary: its file name without the extension"),
            "category": (.string, "The category (all, positive, negative for a lexicon of scores)"),
            "tokens": (.integer, "Words of the document"),
            "count": (.integer, "Words (or entries of several words) of the category"),
            "percent": (.number, "count / tokens × 100, as LIWC reports it"),
            "score_sum": (.number, "Sum of the scores of the category's matches (a lexicon of scores only)"),
        ],
        "dictionary_groups.csv": [
            "dictionary": (.string, "The dictionary: its file name without the extension"),
            "category": (.string, "The category (all, positive, negative for a lexicon of scores)"),
            "documents": (.integer, "Documents of the group"),
            "tokens": (.integer, "Words of the group"),
            "count": (.integer, "Words (or entries) of the category in the group"),
            "percent": (.number, "count / tokens × 100: the group's words pooled"),
            "ci_low": (.number, "Lower end of the cluster-bootstrap interval of percent (documents resampled)"),
            "ci_high": (.number, "Upper end of that interval"),
            "score_sum": (.number, "Sum of the scores of the category's matches (a lexicon of scores only)"),
        ],
        "dictionary_comparisons.csv": [
            "dictionary": (.string, "The dictionary: its file name without the extension"),
            "category": (.string, "The category"),
            "group_a": (.string, "First group"),
            "group_b": (.string, "Second group, or (rest) for the rest of the corpus"),
            "documents_a": (.integer, "Documents with words in the first group (copies once)"),
            "documents_b": (.integer, "Documents with words in the second group"),
            "mean_percent_a": (.number, "Mean of the first group's document percentages"),
            "mean_percent_b": (.number, "Mean of the second group's document percentages"),
            "difference": (.number, "mean_percent_a − mean_percent_b"),
            "welch_t": (.number, "Welch's t"),
            "df": (.number, "Degrees of freedom"),
            "cohens_d": (.number, "Cohen's d"),
            "note": (.string, "Why a comparison was not tested"),
        ],
    ]

    /// The suffixes `_a` and `_b` of figure_comparisons.csv: the figure columns of each side.
    static let pairedSuffixes = ["_a", "_b"]

    /// The files described (every CSV file a run can write).
    public static var fileNames: [String] { byFile.keys.sorted() }

    /// The columns of `file` with the header `header`, or nil for a column the schema does
    /// not know (a test keeps that from happening). Metadata columns of documents.csv are
    /// strings; the entity columns of cooccurrence_matrix.csv and the category columns of
    /// the lexicon tables are integers.
    public static func columns(file: String, header: [String]) -> [Column]? {
        guard let own = byFile[file] else { return nil }
        var columns: [Column] = []
        for name in header {
            // Every column of documents.csv but its own is a metadata column (see DocumentTable).
            if let (type, description) = own[name] ?? (file == "documents.csv" ? nil : shared[name]) {
                columns.append(Column(name: name, type: type, description: description))
                continue
            }
            if let suffix = pairedSuffixes.first(where: { name.hasSuffix($0) }), file == "figure_comparisons.csv" {
                let base = String(name.dropLast(suffix.count))
                let side = suffix == "_a" ? "first" : "second"
                let known: (ColumnType, String)? = base == "key" ? (.string, "The figure's key: FILE@CHAR") : shared[base]
                if let (type, description) = known {
                    columns.append(Column(name: name, type: type, description: "\(description) (\(side) figure)"))
                    continue
                }
                if base == "sentence" {
                    columns.append(Column(name: name, type: .integer, description: "The sentence's number in its document (\(side) figure)"))
                    continue
                }
            }
            if file == "documents.csv" {
                if DocumentTable.computedColumns.contains(name) {
                    columns.append(Column(name: name, type: .integer, description: "Characters removed by the cleaning rule \(name.dropFirst("removed_".count))"))
                } else {
                    let original = name.hasPrefix("meta_") ? " (meta_ is put in front of a corpus column named like a computed one)" : ""
                    columns.append(Column(name: name, type: .string, description: "Metadata column of the corpus\(original)"))
                }
                continue
            }
            if file == "cooccurrence_matrix.csv" {
                columns.append(Column(name: name, type: .integer, description: "Windows shared with \(name) (on the diagonal: windows holding the entity)"))
                continue
            }
            return nil
        }
        return columns
    }
}
