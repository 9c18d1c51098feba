namespace Lodestar.Domain.Crm;

/// <summary>One page of a CRM list and how many records match in all.</summary>
public sealed record CrmPage<T>(IReadOnlyList<T> Items, int Total);
