namespace Lodestar.Domain.Crm.Views;

/// <summary>A view as someone saves it: which list, a name, whether everyone sees it, and the list's query as JSON text.</summary>
public sealed record SavedViewFields(string? Kind, string? Name, bool Shared, string? Query);
