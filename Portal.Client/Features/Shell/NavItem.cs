namespace Lodestar.Portal.Client.Features.Shell;

/// <param name="Policy">Who sees the entry; null for every signed-in user.</param>
public sealed record NavItem(string Title, string Href, string Icon, string? Policy);
