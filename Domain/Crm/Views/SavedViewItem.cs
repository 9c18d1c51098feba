namespace Lodestar.Domain.Crm.Views;

/// <summary>A view as one person sees it in a list: whether it is theirs, and who saved it.</summary>
/// <param name="OwnerName">The owner's name; null when the owner is not a portal user (an API key).</param>
public sealed record SavedViewItem(SavedView View, bool Mine, string? OwnerName);
