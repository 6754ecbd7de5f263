using Distanskontakt.Infrastructure.Log;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.QuickGrid;

namespace Distanskontakt.Web.Components.Pages.Admin.Components;

/// <summary>
/// A review grid column that knows its <see cref="LogColumn"/>: the page's items provider reads the sort from
/// <see cref="Column"/>'s key and sort column, never from the Swedish title.
/// </summary>
public sealed class LogGridColumn : TemplateColumn<LogEntry>
{
    [Parameter, EditorRequired]
    public LogColumn Column { get; set; } = default!;
}
