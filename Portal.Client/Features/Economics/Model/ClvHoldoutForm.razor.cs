using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Economics.Model;

/// <summary>Asks for a fit checked against a holdout: by default the last 26 weeks are the holdout, in weeks.</summary>
public sealed partial class ClvHoldoutForm
{
    private const int DefaultHoldoutDays = 26 * 7;

    private DateTime? _calibrationEnd;
    private DateTime? _holdoutEnd;
    private string _timeUnit = "week";
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _message;
    private bool _fitting;

    [Inject]
    private IClvApi Clv { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public EventCallback<ClvFitDto> Fitted { get; set; }

    protected override void OnInitialized()
    {
        var today = Time.GetUtcNow().UtcDateTime.Date;
        (_calibrationEnd, _holdoutEnd) = (today.AddDays(-DefaultHoldoutDays), today);
    }

    private string? Problem(string field) => _errors.TryGetValue(field, out var messages) ? messages.FirstOrDefault() : null;

    private static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task FitAsync()
    {
        _fitting = true;
        _message = null;
        _errors = new Dictionary<string, string[]>();
        try
        {
            await Fitted.InvokeAsync(await Clv.FitAsync(new ClvFitRequestDto(Day(_calibrationEnd), _timeUnit, Day(_holdoutEnd))));
        }
        catch (ApiException ex)
        {
            _errors = ex.Errors;
            _message = ex.Errors.Count > 0 ? "Check the highlighted fields." : ex.Message;
        }
        catch (HttpRequestException ex)
        {
            _message = $"The models could not be fitted: {ex.Message}";
        }
        finally
        {
            _fitting = false;
        }
    }
}
