using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Both predicted-CLV models fitted on the stored purchases up to a calibration end: the BG/NBD in
/// <see cref="TimeUnit"/>s, the Gamma-Gamma on spend per purchase day in major units of <see cref="Currency"/>; with the
/// check of the BG/NBD against the purchases of the holdout period (the day after the calibration end to
/// <see cref="HoldoutEnd"/>) when there is one.
/// </summary>
public sealed record ClvModelFit(DateOnly CalibrationEnd, ClvTimeUnit TimeUnit, string Currency, int Customers, BgNbdFit BgNbd, GammaGammaFit GammaGamma,
    DateOnly? HoldoutEnd = null, ClvHoldoutCheck? Holdout = null);
