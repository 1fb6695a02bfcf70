import { For, Show, type JSX } from 'solid-js';
import type { EventReport } from '../../../../shared/protocol/after-talk';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { PersonName } from '../../../ui/person-name';
import { useRoleWords } from '../role-words';
import { BarChart } from './bar-chart';
import { heldText, meanText, ratingBars, ratingsText, roundBars } from './report-figures';

const { t } = consoleShare;

/**
 * The report's figures: the totals, meetings per round and the ratings as charts, each with
 * the same numbers in a table right below (the text alternative), and each mentor's line.
 * Counts only: the report never says who rated whom.
 */
export function ReportView(props: { report: EventReport }): JSX.Element {
  const r = () => props.report;
  const words = useRoleWords();
  return (
    <>
      <section class="card report-totals" aria-labelledby="report-totals-title">
        <h3 id="report-totals-title">{t('totals')}</h3>
        <dl data-testid="report-totals">
          <dt>{t('meetingsHeld')}</dt>
          <dd data-testid="total-held">{heldText(r().meetingsHeld, r().meetingsPlanned)}</dd>
          <dt>{t('noShows')}</dt>
          <dd data-testid="total-no-shows">{r().noShows}</dd>
          <dt>{t('ratings')}</dt>
          <dd data-testid="total-ratings">{ratingsText(r().ratings.count, r().ratings.mean)}</dd>
          <dt>{t('followUpsAsked')}</dt>
          <dd data-testid="total-follow-ups">{r().followUps.given}</dd>
          <dt>{t('mutualFollowUps')}</dt>
          <dd data-testid="total-mutual">{r().followUps.mutual}</dd>
        </dl>
      </section>
      <section class="card report-chart" aria-labelledby="report-rounds-title">
        <h3 id="report-rounds-title">{t('heldPerRound')}</h3>
        <Show when={r().perRound.length > 0} fallback={<p class="muted">{t('noRounds')}</p>}>
          <BarChart label={t('roundsChart')} bars={roundBars(r())} testId="rounds-chart" />
          <table class="report-table" data-testid="rounds-table">
            <caption>{t('perRoundCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colRound')}</th>
                <th scope="col">{t('colPlanned')}</th>
                <th scope="col">{t('colHeld')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={r().perRound}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.round}</th>
                    <td>{row.planned}</td>
                    <td>{row.held}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
      <section class="card report-chart" aria-labelledby="report-ratings-title">
        <h3 id="report-ratings-title">{t('ratings')}</h3>
        <BarChart label={t('ratingsChart')} bars={ratingBars(r())} testId="ratings-chart" />
        <table class="report-table" data-testid="ratings-table">
          <caption>{t('ratingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colRating')}</th>
              <th scope="col">{t('colRatingsGiven')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={r().ratings.histogram}>
              {(count, i) => (
                <tr>
                  <th scope="row">{i() + 1}</th>
                  <td>{count}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <section class="card report-mentors" aria-labelledby="report-mentors-title">
        <h3 id="report-mentors-title">{words().mentors}</h3>
        <Show
          when={r().perMentor.length > 0}
          fallback={<p class="muted">{t('noMentors', { mentorsInline: words().inline.mentors })}</p>}
        >
          <table class="report-table" data-testid="mentors-table">
            <caption>{t('mentorsCaption', { mentorInline: words().inline.mentor })}</caption>
            <thead>
              <tr>
                <th scope="col">{words().mentor}</th>
                <th scope="col">{t('colMeetings')}</th>
                <th scope="col">{t('colRatings')}</th>
                <th scope="col">{t('colMean')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={r().perMentor}>
                {(m) => (
                  <tr>
                    <th scope="row">
                      <PersonName>{m.name}</PersonName>
                    </th>
                    <td>{m.meetings}</td>
                    <td>{m.ratingCount}</td>
                    <td>{meanText(m.ratingMean)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </>
  );
}
