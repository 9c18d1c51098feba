using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>Creates or edits a deal; what the server refuses is shown under its field. Closes with the saved <see cref="DealDto"/>.</summary>
public sealed partial class DealDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };

    private static readonly IReadOnlyList<string> Fields =
        ["name", "pipelineId", "stageId", "amount", "currency", "probability", "accountId", "contactId", "ownerId", "closeReason"];

    private MudForm _form = default!;
    private DealForm _model = new();
    private IReadOnlyList<PipelineDto> _pipelines = [];
    private RecordSave<DealInput, DealDto> _save = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IDealsApi Api { get; set; } = default!;

    [Inject]
    private IPipelinesApi Pipelines { get; set; } = default!;

    /// <summary>The deal to edit; null to create one.</summary>
    [Parameter]
    public DealDto? Existing { get; set; }

    /// <summary>For a new deal: the pipeline it goes into.</summary>
    [Parameter]
    public long? PipelineId { get; set; }

    /// <summary>For a new deal: the account and contact it is for (from their record pages).</summary>
    [Parameter]
    public AccountOption? Account { get; set; }

    [Parameter]
    public ContactOption? Contact { get; set; }

    private IReadOnlyList<StageDto> Stages => _pipelines.FirstOrDefault(p => p.Id == _model.PipelineId)?.Stages ?? [];

    private StageDto? SelectedStage => Stages.FirstOrDefault(s => s.Id == _model.StageId);

    protected override async Task OnInitializedAsync()
    {
        _model = Existing is null ? new DealForm { Account = Account, Contact = Contact } : DealForm.From(Existing);
        // Deals have no look-alike check: two deals with one company are normal.
        _save = new RecordSave<DealInput, DealDto>(Fields, _ => Task.FromResult<IReadOnlyList<PossibleDuplicateDto>>([]),
            input => Existing is null ? Api.CreateAsync(input) : Api.UpdateAsync(Existing.Id, input));
        try
        {
            _pipelines = await Pipelines.ListAsync();
        }
        catch (ApiException)
        {
            _pipelines = [];
        }

        if (Existing is null)
            PipelineChanged(PipelineId ?? _pipelines.FirstOrDefault()?.Id);
    }

    private void PipelineChanged(long? pipelineId)
    {
        _model.PipelineId = pipelineId;
        _model.StageId = Stages.FirstOrDefault()?.Id;
    }

    private async Task SaveAsync()
    {
        if (await _save.RunAsync(_form, _model.ToInput, checkDuplicates: false, StateHasChanged) is { } saved)
            Dialog.Close(DialogResult.Ok(saved));
    }
}
