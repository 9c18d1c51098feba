using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// Shows one answer. A new answer gets a new instance (the page keys it), so the charts draw their data once. Clicking a
/// bar or a table button lists that step's people for the query that produced the answer, not the one being edited.
/// </summary>
public sealed partial class FunnelResults
{
    // Breakdown values are the data's text (even ""), so "everyone" needs a value no group can have.
    private const string AllGroups = "\u0000everyone";

    private string _group = AllGroups;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public FunnelResultDto Result { get; set; } = default!;

    /// <summary>The query that was run: people are asked for with it.</summary>
    [Parameter, EditorRequired]
    public FunnelQueryDto Query { get; set; } = default!;

    private string Counted => FunnelWords.Counted(Query.CountBy);

    private string? GroupValue => _group == AllGroups ? null : _group;

    private IReadOnlyList<FunnelStepResultDto> TableSteps =>
        GroupValue is null ? Result.Steps : Result.Breakdown.FirstOrDefault(g => g.Value == _group)?.Steps ?? Result.Steps;

    private static string Number(double value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private Task OpenAsync(FunnelStepClick click)
    {
        var steps = click.Group is null ? Result.Steps : Result.Breakdown.FirstOrDefault(g => g.Value == click.Group)?.Steps ?? Result.Steps;
        var name = steps.FirstOrDefault(s => s.Step == click.Step)?.Name ?? $"Step {click.Step}";
        return FunnelPeopleDialog.ShowAsync(Dialogs, Query, click, name);
    }
}
