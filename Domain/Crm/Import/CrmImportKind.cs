namespace Lodestar.Domain.Crm.Import;

/// <summary>What a CSV import creates.</summary>
public enum CrmImportKind
{
    Contacts,
    Accounts,
    Deals,
}
