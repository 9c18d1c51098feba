using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Both predicted-CLV models fitted on the stored purchases up to a calibration end: the BG/NBD in
/// <see cref="TimeUnit"/>s, the Gamma-Gamma on spend per purchase day in major units of <see cref="Currency"/>.
/// </summary>
public sealed record ClvModelFit(DateOnly CalibrationEnd, ClvTimeUnit TimeUnit, string Currency, int Customers, BgNbdFit BgNbd, GammaGammaFit GammaGamma);
