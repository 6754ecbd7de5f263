using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Distanskontakt.Search;

/// <summary>
/// Emits a compound's parts after the compound itself, at the same position and with its offsets, so that
/// <c>samtal</c> finds <c>telefonsamtal</c> and a hit on a part marks the whole word.
/// </summary>
internal sealed class CompoundSplitFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _parts = new();
    private readonly SwedishStemmer _stemmer = new(); // one per token stream: the stemmer keeps state
    private State? _compound;

    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_compound);
            _term.SetEmpty().Append(_parts.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        foreach (var part in _splitter.Split(_term.ToString(), Stem))
        {
            _parts.Enqueue(part);
        }

        if (_parts.Count > 0)
        {
            _compound = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _compound = null;
    }

    private string Stem(string word)
    {
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
