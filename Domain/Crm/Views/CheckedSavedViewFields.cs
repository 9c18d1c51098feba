namespace Lodestar.Domain.Crm.Views;

/// <summary>A view's fields after <see cref="SavedViewValidator"/>: the kind parsed, the name trimmed, the query in its stored form.</summary>
public sealed record CheckedSavedViewFields(SavedViewKind Kind, string Name, bool Shared, string Query);
