using System.Buffers.Binary;
using System.Text;

namespace Distanskontakt.Circuits;

/// <summary>
/// Reads what the client needs from a Blazor Server render batch (the binary form the JS client reads): each
/// updated component's edits, the reference frames they point to, the disposed components and event handlers.
/// Layout: the batch ends with five little-endian int32 offsets (updated components, reference frames,
/// disposed component ids, disposed event handler ids, string table); strings are 7-bit-length-prefixed UTF-8.
/// </summary>
internal sealed class RenderBatchReader
{
    public const int FrameSize = 20;
    public const int EditSize = 16;

    private readonly byte[] _data;
    private readonly int _stringTable;

    public RenderBatchReader(byte[] data)
    {
        _data = data;
        _stringTable = Int32At(data.Length - 4);
        ReferenceFramesStart = Int32At(data.Length - 16) + 4;
    }

    public int ReferenceFramesStart { get; }

    public int ReferenceFrameCount => Int32At(ReferenceFramesStart - 4);

    public IEnumerable<ComponentDiff> UpdatedComponents()
    {
        var table = Int32At(_data.Length - 20);
        var count = Int32At(table);
        for (var i = 0; i < count; i++)
        {
            var diff = Int32At(table + 4 + (4 * i));
            yield return new ComponentDiff(Int32At(diff), diff + 8, Int32At(diff + 4));
        }
    }

    public RenderTreeEdit Edit(ComponentDiff diff, int index)
    {
        var at = diff.EditsStart + (EditSize * index);
        return new RenderTreeEdit((EditType)Int32At(at), Int32At(at + 4), Int32At(at + 8));
    }

    public IEnumerable<int> DisposedComponentIds() => Int32Array(Int32At(_data.Length - 12));

    public IEnumerable<ulong> DisposedEventHandlerIds()
    {
        var at = Int32At(_data.Length - 8);
        var count = Int32At(at);
        for (var i = 0; i < count; i++)
        {
            yield return BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(at + 4 + (8 * i)));
        }
    }

    public FrameType TypeOf(int frame) => (FrameType)Int32At(FrameAt(frame));

    /// <summary>Element and component frames: how many frames (itself included) its subtree spans.</summary>
    public int SubtreeLength(int frame) => Int32At(FrameAt(frame) + 4);

    public string? ElementName(int frame) => StringAt(Int32At(FrameAt(frame) + 8));

    public string? AttributeName(int frame) => StringAt(Int32At(FrameAt(frame) + 4));

    public string? AttributeValue(int frame) => StringAt(Int32At(FrameAt(frame) + 8));

    public ulong AttributeEventHandlerId(int frame) => BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(FrameAt(frame) + 12));

    private int FrameAt(int frame) => ReferenceFramesStart + (FrameSize * frame);

    private IEnumerable<int> Int32Array(int at)
    {
        var count = Int32At(at);
        for (var i = 0; i < count; i++)
        {
            yield return Int32At(at + 4 + (4 * i));
        }
    }

    private string? StringAt(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int32At(_stringTable + (4 * index));
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return Encoding.UTF8.GetString(_data, at, length);
    }

    private int Int32At(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));
}

internal readonly record struct ComponentDiff(int ComponentId, int EditsStart, int EditCount);

/// <param name="ReferenceFrameIndex">For PrependFrame and SetAttribute: the frame in the batch's reference frames.</param>
internal readonly record struct RenderTreeEdit(EditType Type, int SiblingIndex, int ReferenceFrameIndex);

/// <summary>Blazor's RenderTreeEditType numbers.</summary>
internal enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>Blazor's RenderTreeFrameType numbers.</summary>
internal enum FrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}
