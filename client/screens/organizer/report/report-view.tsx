import { For, Show, type JSX } from 'solid-js';
import type { EventReport } from '../../../../shared/protocol/after-talk';
import { PersonName } from '../../../ui/person-name';
import { useRoleWords } from '../role-words';
import { BarChart } from './bar-chart';
import { heldText, meanText, ratingBars, ratingsText, roundBars } from './report-figures';

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
        <h3 id="report-totals-title">Totals</h3>
        <dl data-testid="report-totals">
          <dt>Meetings held</dt>
          <dd data-testid="total-held">{heldText(r().meetingsHeld, r().meetingsPlanned)}</dd>
          <dt>No-shows</dt>
          <dd data-testid="total-no-shows">{r().noShows}</dd>
          <dt>Ratings</dt>
          <dd data-testid="total-ratings">{ratingsText(r().ratings.count, r().ratings.mean)}</dd>
          <dt>Follow-ups asked for</dt>
          <dd data-testid="total-follow-ups">{r().followUps.given}</dd>
          <dt>Mutual follow-ups</dt>
          <dd data-testid="total-mutual">{r().followUps.mutual}</dd>
        </dl>
      </section>
      <section class="card report-chart" aria-labelledby="report-rounds-title">
        <h3 id="report-rounds-title">Meetings held per round</h3>
        <Show when={r().perRound.length > 0} fallback={<p class="muted">No rounds planned.</p>}>
          <BarChart label="Meetings held of planned, per round" bars={roundBars(r())} testId="rounds-chart" />
          <table class="report-table" data-testid="rounds-table">
            <caption>Meetings per round</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Planned</th>
                <th scope="col">Held</th>
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
        <h3 id="report-ratings-title">Ratings</h3>
        <BarChart label="How many meetings got each rating" bars={ratingBars(r())} testId="ratings-chart" />
        <table class="report-table" data-testid="ratings-table">
          <caption>Ratings from 1 (poor) to 5 (excellent)</caption>
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Ratings given</th>
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
        <Show when={r().perMentor.length > 0} fallback={<p class="muted">No {words().inline.mentors}.</p>}>
          <table class="report-table" data-testid="mentors-table">
            <caption>Meetings and mean rating per {words().inline.mentor}</caption>
            <thead>
              <tr>
                <th scope="col">{words().mentor}</th>
                <th scope="col">Meetings</th>
                <th scope="col">Ratings</th>
                <th scope="col">Mean rating</th>
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
