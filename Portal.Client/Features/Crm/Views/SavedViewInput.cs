using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Crm.Views;

/// <summary>A view to save: the list it is for, a name, whether everyone sees it, and the list's query object as JSON.</summary>
public sealed record SavedViewInput
{
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public bool Shared { get; init; }
    public JsonElement? Query { get; init; }
}
