using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Audit;

/// <summary>The audit log, server-paged, with text search, an action filter (one action or a family), a user and a date range.</summary>
public sealed partial class AuditLogTab
{
    private static readonly int[] PageSizes = [25, 50, 100, 200];

    private MudTable<AuditEntryDto>? _table;
    private IReadOnlyList<string> _actionChoices = [];
    private string? _q;
    private string? _action;
    private string? _user;
    private DateRange? _range;
    private int? _total;
    private string? _error;

    [Inject]
    private IAuditApi Api { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _action is not null || !string.IsNullOrWhiteSpace(_user) || _range?.Start is not null || _range?.End is not null;

    private string TotalText => _total is { } total ? $"{total:N0} {(total == 1 ? "entry" : "entries")}" : "";

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _actionChoices = Choices(await Api.ActionsAsync());
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    /// <summary>Each action, preceded by its family ("segment.*") where the family has more than one.</summary>
    public static IReadOnlyList<string> Choices(IReadOnlyList<string> actions) =>
        actions.GroupBy(a => a.Split('.')[0])
            .SelectMany(g => g.Count() > 1 ? (IEnumerable<string>)[g.Key + ".*", .. g.Order()] : g.Order())
            .ToList();

    private async Task<TableData<AuditEntryDto>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _error = null;
        TableData<AuditEntryDto> data;
        try
        {
            var filter = new AuditFilter(Clean(_q), _action, Clean(_user), Day(_range?.Start), Day(_range?.End), state.Page * state.PageSize, state.PageSize);
            var page = await Api.ListAsync(filter, cancellationToken);
            _total = page.Total;
            data = new TableData<AuditEntryDto> { Items = page.Items, TotalItems = page.Total };
        }
        catch (ApiException ex)
        {
            (_error, _total) = (ex.Message, null);
            data = new TableData<AuditEntryDto> { Items = [], TotalItems = 0 };
        }

        // The table renders itself; the total and the error above it are this component's.
        await InvokeAsync(StateHasChanged);
        return data;
    }

    private Task FilterChangedAsync(string? _) => FirstPageAsync();

    private Task ActionChangedAsync(string? action)
    {
        _action = string.IsNullOrEmpty(action) ? null : action;
        return FirstPageAsync();
    }

    private Task RangeChangedAsync(DateRange? range)
    {
        _range = range;
        return FirstPageAsync();
    }

    private async Task FirstPageAsync()
    {
        if (_table is null)
            return;
        _table.NavigateTo(0);
        await _table.ReloadServerData();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static Color ColorOf(string action) => action switch
    {
        _ when action.EndsWith("-failed", StringComparison.Ordinal) => Color.Error,
        _ when action.StartsWith("auth.", StringComparison.Ordinal) => Color.Default,
        _ when action.EndsWith(".deleted", StringComparison.Ordinal) || action.EndsWith(".revoked", StringComparison.Ordinal) => Color.Warning,
        _ when action.StartsWith("privacy.", StringComparison.Ordinal) || action.EndsWith("-exported", StringComparison.Ordinal) => Color.Secondary,
        _ => Color.Primary,
    };
}
