using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>A Serilog sink that keeps every event as rendered text, with its properties, to search it afterwards.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new("{Timestamp:o} {Level} {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}");
    private readonly ConcurrentQueue<string> _lines = new();

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        _lines.Enqueue(writer.ToString());
    }

    public string Text => string.Concat(_lines);

    public int Count => _lines.Count;
}
