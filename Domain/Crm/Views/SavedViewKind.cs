namespace Lodestar.Domain.Crm.Views;

/// <summary>The CRM lists whose views can be saved; the API names them in lower case.</summary>
public enum SavedViewKind
{
    Contacts,
    Accounts,
    Deals,
    Tickets,
}
