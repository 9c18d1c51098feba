namespace Lodestar.Domain.Crm.Views;

/// <summary>
/// A CRM list's search, filters and sort kept under a name by the person who set them up. Only its owner sees it,
/// unless it is <see cref="Shared"/>: then everyone sees it, and still only its owner deletes it.
/// </summary>
public class SavedView
{
    public long Id { get; set; }

    public SavedViewKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>The portal user (or <c>api-key:…</c>) who saved it.</summary>
    public required string OwnerUserId { get; set; }

    public bool Shared { get; set; }

    /// <summary>The list's query as a JSON object, in the list API's parameter names (see <see cref="SavedViewQuery"/>).</summary>
    public required string Query { get; set; }

    public DateTime CreatedAt { get; set; }
}
