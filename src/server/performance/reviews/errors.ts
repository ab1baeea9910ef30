import { AppError } from '../../platform/errors/appError';

/** 409 invalid_state with a message that says why (e.g. "The review is in calibration"). */
export const invalidState = (message: string) => new AppError('invalid_state', message);
