namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A CRM account (a company).</summary>
public sealed record AccountDto(
    long Id,
    string Name,
    string? Domain,
    string? Industry,
    string? Country,
    int? Employees,
    string? OwnerId,
    string? OwnerName,
    int ContactCount,
    DateTime CreatedAt,
    DateTime UpdatedAt);
