using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>Picks an account by name or domain.</summary>
public sealed class AccountPicker : RecordPicker<AccountOption>
{
    public AccountPicker() => Label = "Account";

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    protected override string NoMatchText => "No account matches. Accounts are created under CRM → Accounts.";

    protected override string NameOf(AccountOption option) => option.Name;

    protected override async Task<IEnumerable<AccountOption>> FindAsync(string? text, CancellationToken cancellationToken) =>
        (await Api.ListAsync(new AccountQuery(Q: text, Sort: "name", Limit: PageSize), cancellationToken)).Items.Select(a => new AccountOption(a.Id, a.Name));
}
