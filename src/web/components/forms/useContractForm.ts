import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { apiFieldError } from '../../i18n/issues';
import { mergeErrors, needsGeneralError } from './formLogic';

/**
 * One form pattern for every create/edit form: @mantine/form state, checked on the client with the
 * SAME zod contract the server validates with, sent through a TanStack mutation, and a failed save
 * shown where it belongs (server field messages under their inputs, anything else in one banner).
 *
 * ```tsx
 * const form = useContractForm({
 *   schema: createPlanRequest,                        // from src/contracts
 *   initialValues: { title: '', status: 'active' },
 *   toRequest: (v) => ({ ...v, title: v.title.trim() }), // optional: values → request body
 *   submit: (body) => planApi.create(body),          // or `mutation: usePlanMutation(...)`
 *   onSuccess: (plan) => { storePlan(queryClient, plan); onClose(); },
 *   opened,                                          // reset to initialValues whenever it opens
 * });
 * return (
 *   <FormModal opened={opened} onClose={onClose} title={t('plans.create.title')} form={form}>
 *     <TextInput label={t('plans.create.name')} {...form.form.getInputProps('title')} />
 *   </FormModal>
 * );
 * ```
 *
 * Name the form values like the request's fields, so the server's per-field messages find their
 * inputs. Outside a modal, render `<form onSubmit={form.onSubmit} ref={form.formRef}>` yourself and
 * `<ErrorAlert error={form.error} />` where the banner belongs.
 */

/** The part of a TanStack mutation the form drives (any `useMutation` result fits). */
export interface FormMutation<Request, Result> {
  mutate: (
    variables: Request,
    options?: { onSuccess?: (result: Result) => void; onError?: (error: unknown) => void },
  ) => void;
  isPending: boolean;
  reset: () => void;
}

export interface ContractFormOptions<Values extends object, Request, Result> {
  /** The values the form starts with, read again each time `opened` turns true (and on reset). */
  initialValues: Values;
  /** The contract the server validates the request with (e.g. `createPlanRequest`). */
  schema?: z.ZodType;
  /** Turn the values into the request body (trim, blanks to null, numbers); default: as they are. */
  toRequest?: (values: Values) => Request;
  /** The screen's own extra rules on the values, after the contract's. */
  validate?: (values: Values) => FormErrors;
  /** Let `validate`'s messages replace the contract's for the same field (friendlier wording). */
  overrideContractMessages?: boolean;
  /** Sends the request. Give this, or `mutation`. */
  submit?: (request: Request, values: Values) => Promise<Result>;
  /** An existing mutation (e.g. an area's hook with its own cache updates); takes the request. */
  mutation?: FormMutation<Request, Result>;
  onSuccess?: (result: Result, values: Values) => void;
  /** Forms that stay on screen (inline "add" forms): empty the form again after a save. */
  resetOnSuccess?: boolean;
  /** Called for every failed save, after the messages are placed (e.g. refetch on a conflict). */
  onError?: (error: unknown) => void;
  /** A modal's open state: each time it opens the form starts again from `initialValues`. */
  opened?: boolean;
}

export interface ContractForm<Values extends object> {
  form: UseFormReturnType<Values>;
  /** For `<form onSubmit>`: validates, focuses the first invalid field or sends. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** A failed save that is not (only) about fields: show it in a banner. `null` otherwise. */
  error: unknown;
  /** The raw error of the last save, also when it was placed on the fields (e.g. to spot a conflict). */
  lastError: unknown;
  pending: boolean;
  /** Back to `initialValues`, no errors, mutation cleared. */
  reset: () => void;
  /** Attach to the `<form>` so focus can move to the first invalid field. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Messages of a failed check that no input on screen shows (e.g. "add at least one"). */
  unshownErrors: string[];
}

/** The fields a failed call has messages for (by code, or as text from an older server). */
function serverFieldNames(error: { fields: Record<string, string> }): Record<string, string> {
  const issues = (error as { fieldIssues?: Record<string, unknown> }).fieldIssues ?? {};
  return { ...Object.fromEntries(Object.keys(issues).map((name) => [name, ''])), ...error.fields };
}

/**
 * Focus the first input that shows an error, once React has rendered the messages; `none` is
 * called when no input shows one (the messages are about something without an input).
 */
export function focusFirstInvalid(root: HTMLElement | null, none?: () => void): void {
  if (!root) return;
  requestAnimationFrame(() => {
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (target) target.focus();
    else none?.();
  });
}

export function useContractForm<Values extends object, Request = Values, Result = unknown>(
  options: ContractFormOptions<Values, Request, Result>,
): ContractForm<Values> {
  // The latest options, so callbacks and effects never read a stale closure.
  const latest = useRef(options);
  latest.current = options;
  const formRef = useRef<HTMLFormElement | null>(null);

  const form = useForm<Values>({
    initialValues: options.initialValues,
    validate: (values: Values) => {
      const { schema, toRequest, validate, overrideContractMessages } = latest.current;
      const request = toRequest ? toRequest(values) : values;
      const contract = schema ? zodValidate(schema)(request) : {};
      const extra = validate ? validate(values) : {};
      return mergeErrors(contract, extra, overrideContractMessages) as FormErrors;
    },
  });

  const own = useMutation<Result, unknown, { request: Request; values: Values }>({
    mutationFn: ({ request, values }) => {
      const submit = latest.current.submit;
      if (!submit) throw new Error('useContractForm needs `submit` or `mutation`');
      return submit(request, values);
    },
  });
  const external = options.mutation;
  const pending = external ? external.isPending : own.isPending;

  const [error, setError] = useState<unknown>(null);
  const [lastError, setLastError] = useState<unknown>(null);
  const [unshownErrors, setUnshownErrors] = useState<string[]>([]);

  const reset = useCallback(() => {
    form.setInitialValues(latest.current.initialValues);
    form.setValues(latest.current.initialValues);
    form.clearErrors();
    form.resetDirty(latest.current.initialValues);
    form.resetTouched();
    setError(null);
    setLastError(null);
    setUnshownErrors([]);
    own.reset();
    latest.current.mutation?.reset();
  }, [form, own]);

  // Opening a modal starts from fresh values (the record may have changed since last time).
  const opened = options.opened;
  const resetRef = useRef(reset);
  resetRef.current = reset;
  useEffect(() => {
    if (opened) resetRef.current();
  }, [opened]);

  const failed = useCallback(
    (failure: unknown) => {
      const values = form.getValues() as Record<string, unknown>;
      const fields = isApiError(failure) ? serverFieldNames(failure) : null;
      // Top-level fields through the shared helper, nested ones (`keyResults.0.title`) here.
      applyServerFieldErrors(form, failure);
      const shown = Object.keys(fields ?? {}).filter((name) => (name.split('.')[0] ?? name) in values);
      for (const name of shown) {
        if (!(name in values)) form.setFieldError(name, apiFieldError(failure, name));
      }
      setLastError(failure);
      setError(needsGeneralError(failure, fields, shown) ? failure : null);
      if (shown.length > 0) focusFirstInvalid(formRef.current);
      latest.current.onError?.(failure);
    },
    [form],
  );

  const send = useCallback(
    (values: Values) => {
      const { toRequest, onSuccess, mutation, resetOnSuccess } = latest.current;
      const request = (toRequest ? toRequest(values) : values) as Request;
      setError(null);
      setLastError(null);
      setUnshownErrors([]);
      const callbacks = {
        onSuccess: (result: Result) => {
          if (resetOnSuccess) resetRef.current();
          onSuccess?.(result, values);
        },
        onError: failed,
      };
      if (mutation) mutation.mutate(request, callbacks);
      else own.mutate({ request, values }, callbacks);
    },
    [failed, own],
  );

  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const onSubmit = useCallback(
    (event?: FormEvent<HTMLFormElement>) => {
      if (pendingRef.current) {
        // A second Enter while the first save runs sends nothing twice.
        event?.preventDefault();
        return;
      }
      form.onSubmit(send, (errors) =>
        focusFirstInvalid(formRef.current, () =>
          setUnshownErrors(
            Object.values(errors).filter((message): message is string => typeof message === 'string'),
          ),
        ),
      )(event);
    },
    [form, send],
  );

  return { form, onSubmit, error, lastError, pending, reset, formRef, unshownErrors };
}
