using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Lodestar.Portal.Auth;

/// <summary>Remembers a circuit's address and browser from the connection that opens it (see <see cref="ClientOrigin"/>).</summary>
internal sealed class ClientOriginCircuitHandler(ClientOrigin origin) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        origin.RememberForCircuit();
        return Task.CompletedTask;
    }
}
