using System.Collections.Concurrent;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Domain.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Distanskontakt.Search;

/// <summary>
/// The example bullets in an in-memory Lucene index, built once. A query's words (stemmed, compounds split,
/// each with its synonyms at a lower weight) are looked for in the bullet and, weaker, in its section heading
/// ("PMO – Telefonsamtal"), which tells the channel when the bullet does not. Thread-safe after construction.
/// </summary>
public sealed class SituationIndex : IDisposable
{
    private const string TextField = "text";
    private const string HeadingField = "heading";
    private const string RuleSetField = "ruleSet";
    private const string SystemField = "system";
    private const string OrdinalField = "ordinal";

    /// <summary>More distinct query words than this are ignored (a 200-character query has far fewer).</summary>
    private const int MaxQueryTerms = 40;

    private const float HeadingWeight = 0.4f;
    private const float SynonymWeight = 0.6f;

    /// <summary>How much the other matches of one query word add to its best one.</summary>
    private const float TieBreaker = 0.2f;

    private readonly SituationExample[] _examples;
    private readonly SituationAnalyzer _analyzer;
    private readonly SynonymTable _synonyms;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Lucene document number → example, read once: loading stored fields per hit was most of a query's garbage.</summary>
    private readonly SituationExample[] _byDocument;

    /// <summary>Each example's terms with their place in its text, for marking hits without analysing it again.</summary>
    private readonly Dictionary<SituationExample, (string Term, int Start, int End)[]> _tokens = new(ReferenceEqualityComparer.Instance);

    /// <summary>The filter bits per system and rule sets, kept: there are only a few combinations.</summary>
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public SituationIndex(IEnumerable<SituationExample> examples, SourceTextCatalog sources)
        : this(examples, sources, SynonymTable.LoadEmbeddedGroups())
    {
    }

    internal SituationIndex(IEnumerable<SituationExample> examples, SourceTextCatalog sources, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        _examples = [.. examples];
        var headings = _examples.Select(e => Heading(sources, e)).ToArray();

        // The vocabulary that compounds are split into: the index's own words (and the synonym list's).
        using var plain = new SituationAnalyzer(splitter: null);
        var surface = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in _examples.Select(e => e.Text).Concat(headings))
        {
            surface.UnionWith(Words(text));
            stems.UnionWith(Terms(plain, text));
        }

        _synonyms = new SynonymTable(synonymGroups, word => Terms(plain, word).FirstOrDefault());
        foreach (var word in _synonyms.Words)
        {
            surface.UnionWith(Words(word));
            stems.UnionWith(Terms(plain, word));
        }

        _analyzer = new SituationAnalyzer(new CompoundSplitter(surface, stems));
        foreach (var example in _examples)
        {
            _tokens[example] = Tokens(_analyzer, example.Text);
        }
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(SituationAnalyzer.Version, _analyzer)))
        {
            for (var i = 0; i < _examples.Length; i++)
            {
                var example = _examples[i];
                var document = new Document
                {
                    new TextField(TextField, example.Text, Field.Store.NO),
                    new TextField(HeadingField, headings[i], Field.Store.NO),
                    new StringField(RuleSetField, example.RuleSet, Field.Store.NO),
                    new StoredField(OrdinalField, i),
                };
                foreach (var system in example.Systems)
                {
                    document.Add(new StringField(SystemField, WireNames.Of(system), Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _byDocument = new SituationExample[_reader.MaxDoc];
        for (var document = 0; document < _reader.MaxDoc; document++)
        {
            _byDocument[document] = _examples[_reader.Document(document).GetField(OrdinalField).GetInt32Value()!.Value];
        }
        Vocabulary = surface.Count;
    }

    /// <summary>How many examples the index holds (one document each).</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>Distinct terms in the bullet and heading fields (stems and compound parts).</summary>
    public long TermCount => TermsIn(TextField) + TermsIn(HeadingField);

    /// <summary>Distinct words (before stemming) that compounds may be split into.</summary>
    public int Vocabulary { get; }

    /// <summary>
    /// The best examples for <paramref name="query"/> among those of <paramref name="ruleSets"/> for
    /// <paramref name="system"/>, best first. Empty when no word matches.
    /// </summary>
    public IReadOnlyList<SituationHit> Search(string query, IReadOnlyCollection<string> ruleSets, RegistrationSystem system, int max)
    {
        var terms = Terms(_analyzer, query).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToArray();
        if (terms.Length == 0 || ruleSets.Count == 0 || max <= 0)
        {
            return [];
        }

        // One clause per query word: the best of the word and its synonyms in either field, so that a bullet saying
        // "Telefonsamtal … ringer" does not count the phone twice.
        var searched = new HashSet<string>(terms, StringComparer.Ordinal);
        var text = new BooleanQuery();
        foreach (var term in terms)
        {
            var word = new DisjunctionMaxQuery(TieBreaker);
            AddTerm(word, term, 1f);
            foreach (var synonym in _synonyms.Of(term))
            {
                AddTerm(word, synonym, SynonymWeight);
                searched.Add(synonym);
            }

            text.Add(word, Occur.SHOULD);
        }

        var top = _searcher.Search(text, Filter(ruleSets, system), max);
        return [.. top.ScoreDocs.Select(hit =>
        {
            var example = _byDocument[hit.Doc];
            return new SituationHit(example, hit.Score, Mark(example, searched));
        })];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static void AddTerm(DisjunctionMaxQuery query, string term, float weight)
    {
        query.Add(new TermQuery(new Term(TextField, term)) { Boost = weight });
        query.Add(new TermQuery(new Term(HeadingField, term)) { Boost = weight * HeadingWeight });
    }

    private Filter Filter(IReadOnlyCollection<string> ruleSets, RegistrationSystem system) =>
        _filters.GetOrAdd($"{WireNames.Of(system)}|{string.Join(',', ruleSets.Order(StringComparer.Ordinal))}",
            _ => new CachingWrapperFilter(NewFilter(ruleSets, system)));

    private static QueryWrapperFilter NewFilter(IReadOnlyCollection<string> ruleSets, RegistrationSystem system)
    {
        var sets = new BooleanQuery();
        foreach (var set in ruleSets)
        {
            sets.Add(new TermQuery(new Term(RuleSetField, set)), Occur.SHOULD);
        }

        return new QueryWrapperFilter(new BooleanQuery
        {
            { new TermQuery(new Term(SystemField, WireNames.Of(system))), Occur.MUST },
            { sets, Occur.MUST },
        });
    }

    /// <summary>The text in runs, the words whose terms (or a compound part's) were searched marked as hits.</summary>
    private IReadOnlyList<TextSegment> Mark(SituationExample example, HashSet<string> searched)
    {
        var text = example.Text;
        var marks = _tokens[example].Where(t => searched.Contains(t.Term)).Select(t => (t.Start, t.End));
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (start, end) in marks.OrderBy(m => m.Start))
        {
            if (end <= at)
            {
                continue; // a compound's part: the whole word is marked already
            }

            var from = Math.Max(start, at);
            if (from > at)
            {
                segments.Add(new TextSegment(text[at..from], Hit: false));
            }

            segments.Add(new TextSegment(text[from..end], Hit: true));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..], Hit: false));
        }

        return segments;
    }

    private long TermsIn(string field)
    {
        var terms = MultiFields.GetTerms(_reader, field);
        if (terms is null)
        {
            return 0;
        }

        var count = 0L;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// The section's heading and, in words, what the example's answers say: "Information till patient om
    /// förberedelse" stands under video, phone and text alike, and only its section tells which.
    /// </summary>
    private static string Heading(SourceTextCatalog sources, SituationExample example)
    {
        var words = new List<string> { sources.Section(example.Document, example.Section)?.Heading ?? "" };
        var answers = example.Answers;
        words.Add(answers.Channel switch
        {
            Channel.Video => "video",
            Channel.Phone => "telefon",
            Channel.Text => "text chatt meddelande",
            Channel.StaffAboutPatient => "personal om patient",
            Channel.NoteWithoutContact => "anteckning utan kontakt",
            Channel.PatientSelfService => "patienten på egen hand utan kontakt",
            null => "",
        });
        words.Add(answers.ReplacesVisit switch
        {
            true => "ersätter besök",
            false => "inte ersätter besök",
            null => "",
        });
        words.Add(answers.SupportProgram == true ? "stöd och behandling" : "");
        words.Add(answers.Via1177Direkt == true ? "1177 direkt" : "");
        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static (string Term, int Start, int End)[] Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return [.. tokens];
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The lower-case words of a text, stop words left out (they never form a compound's part here).</summary>
    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet.Contains(w));

    private static readonly char[] WordSeparators = [.. " \t\n.,;:()/–-→!?\"'”".ToCharArray()];
}
