using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// Builds a funnel and runs it. The query that was run is kept in the address (<c>?q=</c>, see <see cref="FunnelLink"/>),
/// so a reload or a shared link shows the same funnel and runs it again. The builder is checked when Run is pressed and,
/// after that, on every edit; what the server refuses is shown under the inputs it names.
/// </summary>
public sealed partial class FunnelsPage : IDisposable
{
    private FunnelQueryDto _query = new();
    private SegmentSchemaDto? _schema;
    private FunnelErrors _errors = FunnelErrors.None;
    private FunnelQueryDto? _ran;
    private FunnelResultDto? _result;
    private CancellationTokenSource? _run;
    private string? _shownLink;
    private string? _linkError;
    private string? _schemaError;
    private string? _message;
    private bool _loaded;
    private bool _checking;
    private bool _running;
    private bool _edited;

    [Inject]
    private IFunnelsApi Funnels { get; set; } = default!;

    [Inject]
    private ISegmentsApi Segments { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The funnel last run, as <see cref="FunnelLink.Encode"/> writes it.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _schema = await Segments.SchemaAsync();
        }
        catch (ApiException ex)
        {
            _schemaError = ex.Message;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // Running writes the address, and the layout re-renders the page at times; neither may replace the funnel being edited.
        if (_loaded && Q == _shownLink)
            return;
        (_loaded, _shownLink) = (true, Q);
        _linkError = null;
        if (FunnelLink.Decode(Q) is not { } linked)
        {
            if (!string.IsNullOrWhiteSpace(Q))
                _linkError = "The funnel in this link could not be read; start a new one below.";
            Reset(FunnelDefaults.New(Today));
            return;
        }

        Reset(linked);
        // A prerendered page does not run the query (it would run again once interactive); the interactive render does.
        if (RendererInfo.IsInteractive)
            await RunAsync();
    }

    public void Dispose()
    {
        _run?.Cancel();
        _run?.Dispose();
    }

    private void Reset(FunnelQueryDto query)
    {
        _query = query;
        (_errors, _message, _result, _ran, _checking, _edited) = (FunnelErrors.None, null, null, null, false, false);
    }

    private void StartOver()
    {
        _run?.Cancel();
        _running = false;
        Reset(FunnelDefaults.New(Today));
        _shownLink = null;
        Navigation.NavigateTo("funnels", replace: true);
    }

    private Task EditedAsync()
    {
        _edited = true;
        // Once Run was pressed, messages follow the edits; a refused query's point at inputs the edit may have moved.
        if (_checking)
            Check();
        return Task.CompletedTask;
    }

    private bool Check()
    {
        var problems = FunnelValidator.Check(_query);
        _errors = FunnelErrors.Of(problems);
        _message = problems.Count == 0 ? null : "The funnel cannot run yet: correct what is marked.";
        return problems.Count == 0;
    }

    private async Task RunAsync()
    {
        _checking = true;
        if (!Check())
            return;
        var query = FunnelLink.Copy(_query);
        _shownLink = FunnelLink.Encode(query);
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("q", _shownLink), replace: true);

        _run?.Cancel();
        using var run = _run = new CancellationTokenSource();
        (_running, _edited) = (true, false);
        StateHasChanged();
        try
        {
            var result = await Funnels.QueryAsync(query, run.Token);
            if (!run.IsCancellationRequested)
                (_result, _ran) = (result, query);
        }
        catch (ApiException ex) when (!run.IsCancellationRequested)
        {
            _errors = FunnelErrors.FromServer(ex.Errors);
            // The server's message repeats every error; the ones shown under their inputs need not be read twice.
            _message = ex.Errors.Count > 0 ? "The funnel was not run: correct what is marked." : ex.Message;
            (_result, _ran) = (null, null);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            // A newer run (or leaving the page) replaced this one.
        }
        finally
        {
            if (ReferenceEquals(_run, run))
                (_running, _run) = (false, null);
        }
    }
}
