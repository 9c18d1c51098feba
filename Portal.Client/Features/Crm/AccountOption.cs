using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An account as pickers show it: a contact knows only its account's id and name, not the whole account.</summary>
public sealed record AccountOption(long Id, string Name)
{
    /// <summary>The account with this id, for a picker given only the id (a saved view's filter); one that cannot be read shows its id.</summary>
    public static async Task<AccountOption> OfAsync(IAccountsApi accounts, long id)
    {
        try
        {
            return new AccountOption(id, (await accounts.GetAsync(id)).Name);
        }
        catch (ApiException)
        {
            return new AccountOption(id, $"Account {id}");
        }
    }
}
