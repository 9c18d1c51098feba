namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A CRM account with the fields rules can test (<see cref="Rules.CrmAccountFields"/>).</summary>
public sealed record AccountFact(long Id, string Name, string? Domain = null, string? Industry = null, string? Country = null, int? Employees = null);
