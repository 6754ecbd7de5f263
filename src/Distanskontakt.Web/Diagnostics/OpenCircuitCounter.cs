using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Distanskontakt.Web.Diagnostics;

/// <summary>
/// Counts the interactive (Blazor Server) circuits open now: opened and not yet closed, connected or not.
/// A singleton, so the count spans all circuits; one atomic add per open and close.
/// </summary>
public sealed class OpenCircuitCounter : CircuitHandler
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
