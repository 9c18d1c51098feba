namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>The workspace's consent category keys, lower-case, in display order.</summary>
public sealed record ConsentCategoriesDto(IReadOnlyList<string> Categories);
