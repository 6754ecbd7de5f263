using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Distanskontakt.Search;

/// <summary>
/// Swedish text as the index and the queries see it: words, lower case, no stop words, compounds split by the
/// index's own vocabulary, Snowball's Swedish stems. "inte ersätter" becomes one word first: the stop list would
/// drop <c>inte</c>, and then "som inte ersätter besök" would read as its opposite.
/// </summary>
internal sealed partial class SituationAnalyzer(CompoundSplitter? splitter) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The one word that stands for "does not replace" (also in the synonym list).</summary>
    public const string NotReplacing = "ejersätter";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, SwedishAnalyzer.DefaultStopSet);
        if (splitter is not null)
        {
            stream = new CompoundSplitFilter(stream, splitter);
        }

        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(Negation(), NotReplacing, reader);

    [GeneratedRegex(@"\b(?:(?:inte|ej)\s+(?:ersätter|ersatte|ersätta)|(?:ersätter|ersatte)\s+(?:inte|ej))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
