using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestar.Domain.Economics;

/// <summary>
/// The predicted-CLV fit an economics run used, as <see cref="Results.EconomicsSnapshot.ClvModel"/> stores it (JSON):
/// the calibration end and time unit, both models' parameters and log-likelihoods and the forecast's horizon and
/// discount; or only <see cref="Problem"/>, why the run could not fit them.
/// </summary>
public sealed record StoredClvModel(string? CalibrationEnd = null, string? TimeUnit = null, int? Customers = null, int? HorizonMonths = null,
    double? MonthlyDiscountRate = null, StoredBgNbd? Bgnbd = null, StoredGammaGamma? GammaGamma = null, string? Problem = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>What a run stores for its prediction: null when there were no purchases at all.</summary>
    public static StoredClvModel? Of(PredictedClv predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        if (predicted.Fit is not { } fit)
            return predicted.Problem is null ? null : new StoredClvModel(Problem: predicted.Problem);
        var (bg, gg) = (fit.BgNbd.Parameters, fit.GammaGamma.Parameters);
        return new StoredClvModel(fit.CalibrationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fit.TimeUnit.ToString().ToLowerInvariant(),
            fit.Customers, PredictedClvCalculator.HorizonMonths, PredictedClvCalculator.MonthlyDiscountRate,
            new StoredBgNbd(bg.R, bg.Alpha, bg.A, bg.B, fit.BgNbd.LogLikelihood, fit.BgNbd.Evaluations, fit.BgNbd.Converged),
            new StoredGammaGamma(gg.P, gg.Q, gg.Gamma, fit.GammaGamma.LogLikelihood, fit.GammaGamma.Customers));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>The stored text read back; null for none, and a <see cref="Problem"/> for text that is not such a model.</summary>
    public static StoredClvModel? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<StoredClvModel>(json, Options) ?? new StoredClvModel(Problem: "The stored model is empty.");
        }
        catch (JsonException ex)
        {
            return new StoredClvModel(Problem: $"The stored model cannot be read ({ex.Message}); run the economics job again.");
        }
    }
}

/// <summary>BG/NBD parameters as stored (α in the model's time unit), the log-likelihood there and the optimiser's effort.</summary>
public sealed record StoredBgNbd(double R, double Alpha, double A, double B, double LogLikelihood, int Evaluations, bool Converged);

/// <summary>Gamma-Gamma parameters as stored (γ in major units of the currency), the log-likelihood there and the repeat customers.</summary>
public sealed record StoredGammaGamma(double P, double Q, double Gamma, double LogLikelihood, int Customers);
