using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Builder;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// Edits <see cref="Query"/> in place, with the segment builder's event and property inputs (names suggested from the
/// data). It shows <see cref="Errors"/> under the inputs they concern and reports every edit through <see cref="Changed"/>,
/// so the page decides when to check and when to run.
/// </summary>
public sealed partial class FunnelBuilder
{
    private BuilderContext _context = default!;

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Parameter, EditorRequired]
    public FunnelQueryDto Query { get; set; } = default!;

    [Parameter]
    public SegmentSchemaDto? Schema { get; set; }

    [Parameter]
    public FunnelErrors Errors { get; set; } = FunnelErrors.None;

    [Parameter]
    public EventCallback Changed { get; set; }

    // Opened by itself when a loaded funnel uses one of its settings, so they are not hidden from the person.
    private bool HasMore => Query.Exclusions.Count > 0 || Query.HoldConstant.Count > 0 || Query.Breakdown is not null || Query.Value is not null;

    private string MoreTitle
    {
        get
        {
            var used = new[]
            {
                Query.Exclusions.Count > 0 ? $"{Query.Exclusions.Count} exclusion{(Query.Exclusions.Count == 1 ? "" : "s")}" : null,
                Query.HoldConstant.Count > 0 ? "constant properties" : null,
                Query.Breakdown is { } b ? $"breakdown by {(string.IsNullOrWhiteSpace(b.Property) ? "…" : b.Property)}" : null,
                Query.Value is not null ? "value" : null,
            }.OfType<string>().ToList();
            return used.Count == 0 ? "Exclusions, constant properties, breakdown, value" : "More: " + string.Join(", ", used);
        }
    }

    protected override void OnInitialized() => _context = new BuilderContext(Api, EditedAsync);

    protected override void OnParametersSet()
    {
        _context.Schema = Schema ?? BuilderContext.Empty;
        _context.Errors = Errors.Fields;
    }

    private async Task EditedAsync()
    {
        FunnelDefaults.Tidy(Query);
        StateHasChanged();
        await Changed.InvokeAsync();
    }

    private Task AddAsync()
    {
        Query.Steps.Add(new FunnelStepDto());
        return EditedAsync();
    }

    private Task MoveAsync(int index, int by)
    {
        var target = index + by;
        if (target < 0 || target >= Query.Steps.Count)
            return Task.CompletedTask;
        (Query.Steps[index], Query.Steps[target]) = (Query.Steps[target], Query.Steps[index]);
        return EditedAsync();
    }

    private Task RemoveAsync(int index)
    {
        Query.Steps.RemoveAt(index);
        return EditedAsync();
    }
}
