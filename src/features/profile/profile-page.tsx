import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { normalizeEmployeeId, PROFILE_LIMITS, validateProfile, type ProfileField, type ProfileProblem } from '../../domain';
import { paths } from '../../config/paths';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSessionStore } from '../../stores/session-store';
import { CompanyProfile } from './company-profile';
import { useFormatters } from '../../ui/use-formatters';

const fields: readonly ProfileField[] = ['name', 'employeeId', 'department'];

const labelKey = { name: 'profile.name', employeeId: 'profile.employeeId', department: 'profile.department' } as const;
const hintKey = { name: 'profile.nameHint', employeeId: 'profile.employeeIdHint', department: 'profile.departmentHint' } as const;
// Inside an LMS the learner's name and ID are the LMS's; the department, which it does not know, is optional.
const lmsLabelKey = { name: 'profile.name', employeeId: 'profile.employeeId', department: 'profile.departmentOptional' } as const;
const lmsHintKey = { name: 'profile.fromLms', employeeId: 'profile.fromLms', department: 'profile.departmentHint' } as const;
const problemKey: Record<ProfileProblem, 'profile.problems.required' | 'profile.problems.tooLong' | 'profile.problems.employeeIdChars' | 'profile.problems.controlChars'> = {
  required: 'profile.problems.required',
  tooLong: 'profile.problems.tooLong',
  employeeIdChars: 'profile.problems.employeeIdChars',
  controlChars: 'profile.problems.controlChars',
};
const autoComplete = { name: 'name', employeeId: 'off', department: 'organization-title' } as const;

/** Only paths inside the app are followed after saving, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home.href();
}

/** First start (`/welcome`) and later edits (`/profile`): who the trainee is, for their records. */
export function ProfilePage({ mode }: { mode: 'welcome' | 'edit' }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const saved = useProfileStore((s) => s.profile);
  const save = useProfileStore((s) => s.save);
  const [values, setValues] = useState({ name: saved?.name ?? '', employeeId: saved?.employeeId ?? '', department: saved?.department ?? '' });
  const [problems, setProblems] = useState<Partial<Record<ProfileField, ProfileProblem>>>({});
  const [done, setDone] = useState(false);
  const id = useId();
  const recordsOff = useRecordsStatus((s) => s.mode === 'off');
  const signIn = useSessionStore((s) => s.signIn);
  const lms = useProfileStore((s) => s.lms);
  const readOnly = (field: ProfileField) => lms && field !== 'department';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateProfile(values, { departmentOptional: lms });
    if (!checked.profile) {
      setProblems(checked.problems);
      const first = fields.find((f) => checked.problems[f]);
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setProblems({});
    // The form shows what was saved: trimmed, and the employee id in half-width.
    setValues(checked.profile);
    save(checked.profile);
    if (mode === 'welcome') void navigate(safeNext(search.get('next')), { replace: true });
    else setDone(true);
  };

  // With company sign-in the details are the company account's: nothing to type, nothing to edit.
  // Nobody signed in yet (a sign-in that failed, say): the page they were headed for shows the sign-in screen and why.
  if (signIn.mode === 'company' && mode === 'welcome') return <Navigate to={safeNext(search.get('next'))} replace />;
  if (signIn.mode === 'company' && signIn.user) return <CompanyProfile user={signIn.user} csrf={signIn.csrf} />;

  // Nothing is recorded, so there is nothing to ask: straight on to the course.
  if (mode === 'welcome' && recordsOff && !saved) return <Navigate to={safeNext(search.get('next'))} replace />;

  const employeeIdChanged = mode === 'edit' && saved && normalizeEmployeeId(values.employeeId) !== saved.employeeId;
  const title = mode === 'welcome' ? t('profile.welcomeTitle') : t('profile.editTitle');

  return (
    <section className={`profile-page profile-page--${mode}`}>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <p className="lead">{mode === 'welcome' ? t('profile.welcomeIntro') : lms ? t('profile.lmsIntro') : t('profile.editIntro')}</p>
      {mode === 'welcome' && (
        <section className="profile-page__stored" aria-labelledby={`${id}-stored`}>
          <h2 id={`${id}-stored`}>{t('profile.storedTitle')}</h2>
          <ul>
            <li>{t('profile.storedWho')}</li>
            <li>{t('profile.storedWhat')}</li>
            <li>{t('profile.storedWhere')}</li>
          </ul>
        </section>
      )}
      <form noValidate onSubmit={submit} className="profile-form">
        {fields.map((field) => {
          const problem = problems[field];
          return (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t((lms ? lmsLabelKey : labelKey)[field])}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                value={values[field]}
                autoComplete={autoComplete[field]}
                readOnly={readOnly(field)}
                required={!lms || readOnly(field)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={`${id}-${field}-hint${problem ? ` ${id}-${field}-error` : ''}`}
                onChange={(e) => {
                  setDone(false);
                  setValues((v) => ({ ...v, [field]: e.target.value }));
                }}
              />
              <p id={`${id}-${field}-hint`} className="hint">
                {t((lms ? lmsHintKey : hintKey)[field])}
              </p>
              {problem && (
                <p id={`${id}-${field}-error`} className="field-error">
                  {t(problemKey[problem], { max: f.number(PROFILE_LIMITS[field]) })}
                </p>
              )}
            </div>
          );
        })}
        {employeeIdChanged && (
          <p className="notice" role="note">
            {t('profile.employeeIdChange')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {mode === 'welcome' ? t('profile.start') : t('profile.save')}
          </button>
        </div>
        <p role="status" className="profile-form__status">
          {done ? t('profile.saved') : ''}
        </p>
      </form>
      <p className="hint">{t(lms ? 'profile.lmsPrivacy' : 'profile.privacy')}</p>
    </section>
  );
}

export const WelcomePage = () => <ProfilePage mode="welcome" />;
export const EditProfilePage = () => <ProfilePage mode="edit" />;
