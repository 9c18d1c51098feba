using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Economics.Model;

/// <summary>The CLV model page: the model of the last economics run, and a fit checked against a holdout period on demand.</summary>
public sealed partial class ClvModelPage
{
    private ClvModelDto? _model;
    private string? _loadError;
    private ClvFitDto? _fit;

    [Inject]
    private IClvApi Clv { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _model = await Clv.ModelAsync();
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException)
        {
            _loadError = $"The stored model could not be read: {ex.Message}";
        }
    }

    private void Fitted(ClvFitDto fit) => _fit = fit;
}
