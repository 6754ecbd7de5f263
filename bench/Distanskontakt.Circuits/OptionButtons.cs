namespace Distanskontakt.Circuits;

/// <summary>
/// The wizard's answer buttons (<c>button.option[data-option]</c> with an <c>onclick</c> handler) and their
/// current event handler ids, kept from render batches without mirroring the whole DOM: a component that
/// renders option buttons for the first time lists them in order (its frames are prepended); when it renders
/// again, Blazor gives each lambda handler a new id through <c>SetAttribute</c> edits in the same order, so the
/// i-th <c>onclick</c> edit replaces the i-th button's id. Only components holding option buttons are tracked
/// (the question and first-step components, which have no other click handler).
/// </summary>
internal sealed class OptionButtons
{
    private readonly Dictionary<int, List<OptionButton>> _byComponent = [];
    private readonly HashSet<ulong> _disposedHandlers = [];

    /// <summary>Counts every render that brought a new set of option buttons (a new question on screen).</summary>
    public int Generation { get; private set; }

    /// <summary>The buttons of the newest component that shows options, or empty (a result, or not rendered yet).</summary>
    public IReadOnlyList<OptionButton> Current { get; private set; } = [];

    public void Apply(RenderBatchReader batch)
    {
        foreach (var diff in batch.UpdatedComponents())
        {
            var setAttributes = 0;
            List<OptionButton>? found = null;
            for (var i = 0; i < diff.EditCount; i++)
            {
                var edit = batch.Edit(diff, i);
                if (edit.Type == EditType.PrependFrame)
                {
                    found ??= [];
                    CollectButtons(batch, edit.ReferenceFrameIndex, found);
                }
                else if (edit.Type == EditType.SetAttribute
                    && batch.AttributeName(edit.ReferenceFrameIndex) == "onclick"
                    && _byComponent.TryGetValue(diff.ComponentId, out var known)
                    && setAttributes < known.Count)
                {
                    known[setAttributes] = known[setAttributes] with { HandlerId = batch.AttributeEventHandlerId(edit.ReferenceFrameIndex) };
                    setAttributes++;
                }
            }

            if (found is { Count: > 0 } && !_byComponent.ContainsKey(diff.ComponentId))
            {
                _byComponent[diff.ComponentId] = found;
                Generation++;
            }
        }

        foreach (var component in batch.DisposedComponentIds())
        {
            _byComponent.Remove(component);
        }

        foreach (var handler in batch.DisposedEventHandlerIds())
        {
            _disposedHandlers.Add(handler);
        }

        // Components get increasing ids, so the newest one holding options is the step on screen.
        Current = _byComponent.Count == 0 ? [] : _byComponent[_byComponent.Keys.Max()];
    }

    /// <summary>True while the handler is known and not disposed (a stale id would be refused by the server).</summary>
    public bool IsLive(OptionButton button) => button.HandlerId != 0 && !_disposedHandlers.Contains(button.HandlerId);

    private static void CollectButtons(RenderBatchReader batch, int first, List<OptionButton> into)
    {
        var end = batch.TypeOf(first) is FrameType.Element or FrameType.Region ? first + batch.SubtreeLength(first) : first + 1;
        for (var frame = first; frame < end; frame++)
        {
            if (batch.TypeOf(frame) != FrameType.Element || batch.ElementName(frame) != "button")
            {
                continue;
            }

            string? value = null;
            ulong handler = 0;
            for (var attribute = frame + 1; attribute < end && batch.TypeOf(attribute) == FrameType.Attribute; attribute++)
            {
                switch (batch.AttributeName(attribute))
                {
                    case "data-option":
                        value = batch.AttributeValue(attribute);
                        break;
                    case "onclick":
                        handler = batch.AttributeEventHandlerId(attribute);
                        break;
                }
            }

            if (value is not null && handler != 0)
            {
                into.Add(new OptionButton(value, handler));
            }
        }
    }
}

internal readonly record struct OptionButton(string Value, ulong HandlerId);
