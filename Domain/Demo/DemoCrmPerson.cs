namespace Lodestar.Domain.Demo;

/// <summary>A demo person as the CRM's demo data takes them from their identify messages.</summary>
internal sealed record DemoCrmPerson(string FirstName, string LastName, string Email, string? Phone);
