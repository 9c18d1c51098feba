using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Crm.Views;

/// <summary>
/// A saved list view as the signed-in person sees it. <see cref="Query"/> is the list's query object, in the list API's
/// parameter names, without the page; <see cref="Mine"/> says whether they saved it (only then may they delete it).
/// </summary>
/// <param name="Kind"><c>contacts</c>, <c>accounts</c>, <c>deals</c> or <c>tickets</c>.</param>
/// <param name="OwnerName">Who saved it; null when an API key did.</param>
public sealed record SavedViewDto(long Id, string Kind, string Name, bool Shared, bool Mine, string? OwnerName, JsonElement Query, DateTime CreatedAt);
