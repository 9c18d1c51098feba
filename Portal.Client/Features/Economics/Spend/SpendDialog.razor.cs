using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Economics.Spend;

/// <summary>
/// Adds one or more spend rows (stored together or not at all) or corrects one. What the server refuses is shown under
/// the field of the row it names. Closes with the number of rows stored.
/// </summary>
public sealed partial class SpendDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Large, FullWidth = true, BackdropClick = false };

    private MudForm _form = default!;
    private List<SpendForm> _rows = [];
    private string? _message;
    private IReadOnlyList<string> _unplaced = [];
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IEconomicsApi Api { get; set; } = default!;

    /// <summary>The row to correct; null to add new ones.</summary>
    [Parameter]
    public SpendRowDto? Existing { get; set; }

    /// <summary>The currency new rows start with (the workspace's).</summary>
    [Parameter]
    public string DefaultCurrency { get; set; } = "USD";

    protected override void OnInitialized() =>
        _rows = [Existing is null ? new SpendForm { Date = DateTime.UtcNow.Date, Currency = DefaultCurrency } : SpendForm.From(Existing)];

    /// <summary>A new row repeats the last one's channel and currency: several days of one channel are the usual batch.</summary>
    private void AddRow()
    {
        var last = _rows[^1];
        _rows.Add(new SpendForm { Date = last.Date, Channel = last.Channel, Currency = last.Currency });
    }

    private async Task SaveAsync()
    {
        if (_message is not null || _rows.Any(r => r.Errors != FieldErrors.None))
        {
            // The refused fields count as invalid until they are rendered without the server's message.
            Show(null);
            StateHasChanged();
            await Task.Yield();
        }

        await _form.ValidateAsync();
        if (!_form.IsValid)
            return;
        _saving = true;
        try
        {
            var stored = 1;
            if (Existing is { } row)
                await Api.UpdateSpendAsync(row.Id, _rows[0].ToInput());
            else
                stored = (await Api.AddSpendAsync(new SpendBatchDto(_rows.Select(r => r.ToInput()).ToList()))).Added;
            Dialog.Close(DialogResult.Ok(stored));
        }
        catch (ApiException ex)
        {
            Show(ex);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>An update names bare fields (<c>cost</c>), a batch names <c>rows[i].cost</c>.</summary>
    private void Show(ApiException? ex)
    {
        var errors = ex?.Errors ?? new Dictionary<string, string[]>();
        var unplaced = new List<string>();
        for (var i = 0; i < _rows.Count; i++)
        {
            _rows[i].Errors = new FieldErrors(Existing is null ? RowErrors.Of(errors, i) : errors, SpendForm.Fields);
            unplaced.AddRange(_rows[i].Errors.Unplaced);
        }

        if (Existing is null)
            unplaced.AddRange(RowErrors.NotOfRows(errors));
        // The message repeats the field errors: shown only when something is not under a field.
        (_message, _unplaced) = (ex is null ? null : ex.Errors.Count == 0 ? ex.Message : unplaced.Count > 0 ? "Nothing was saved:" : null, unplaced);
    }
}
