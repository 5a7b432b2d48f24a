import { describe, expect, it } from 'vitest'
import { expectInvalidPayload } from '../../test/support/expect-invalid-payload'
import { toast } from './build-toast'
import { TOAST_LIMITS } from './limits'
import type { ToastActionSpec, ToastInputSpec, ToastSpec } from './toast-spec'

function xml(spec: ToastSpec): string {
  return toast(spec).body as string
}

function expectInvalid(spec: unknown, field: string, message?: RegExp): void {
  expectInvalidPayload(() => toast(spec as ToastSpec), field, message)
}

const action = (overrides: Partial<ToastActionSpec> = {}): ToastActionSpec => ({
  content: 'Open',
  arguments: 'action=open',
  ...overrides,
})

const textInput = (id: string): ToastInputSpec => ({ type: 'text', id })

describe('toast actions, inputs, audio and header', () => {
  it('writes every action attribute, with button styles spelled as Microsoft documents them', () => {
    const body = xml({
      text: ['T'],
      useButtonStyle: true,
      inputs: [textInput('reply')],
      actions: [
        {
          content: 'Send',
          arguments: 'action=reply&id=7',
          activationType: 'background',
          imageUri: 'ms-appx:///send.png',
          hintInputId: 'reply',
          hintButtonStyle: 'success',
          hintToolTip: 'Send the reply',
        },
        action({ content: 'Delete', hintButtonStyle: 'critical', activationType: 'protocol' }),
        action({ content: 'Mute', placement: 'contextMenu', activationType: 'foreground' }),
        { content: '', arguments: 'dismiss', activationType: 'system' },
      ],
    })
    expect(body).toContain(
      '<actions><input id="reply" type="text"/>' +
        '<action content="Send" arguments="action=reply&amp;id=7" activationType="background" imageUri="ms-appx:///send.png" hint-inputId="reply" hint-buttonStyle="Success" hint-toolTip="Send the reply"/>' +
        '<action content="Delete" arguments="action=open" activationType="protocol" hint-buttonStyle="Critical"/>' +
        '<action content="Mute" arguments="action=open" activationType="foreground" placement="contextMenu"/>' +
        '<action content="" arguments="dismiss" activationType="system"/></actions></toast>',
    )
  })

  it('accepts five actions and refuses six', () => {
    const five = Array.from({ length: 5 }, () => action())
    expect(xml({ text: ['T'], actions: five }).match(/<action /g)).toHaveLength(5)
    expectInvalid({ text: ['T'], actions: [...five, action()] }, 'toast.actions', /at most 5 items/)
  })

  it('accepts arguments and launch of 2048 characters and refuses 2049, naming the path', () => {
    const at = 'a'.repeat(TOAST_LIMITS.maxArgumentsLength)
    const over = `${at}b`
    expect(xml({ text: ['T'], launch: at })).toContain(`launch="${at}"`)
    expect(xml({ text: ['T'], actions: [action({ arguments: at })] })).toContain(`"${at}"`)
    expectInvalid(
      { text: ['T'], actions: [action(), action(), action({ arguments: over })] },
      'toast.actions[2].arguments',
      /^toast\.actions\[2\]\.arguments must be at most 2048 characters$/,
    )
    expectInvalid({ text: ['T'], launch: over }, 'toast.launch', /at most 2048 characters/)
    expectInvalid(
      { text: ['T'], header: { id: 'h', title: 'H', arguments: over } },
      'toast.header.arguments',
      /at most 2048 characters/,
    )
  })

  it('refuses system actions other than snooze and dismiss', () => {
    expect(
      xml({ text: ['T'], actions: [action({ arguments: 'snooze', activationType: 'system' })] }),
    ).toContain('arguments="snooze" activationType="system"')
    expectInvalid(
      { text: ['T'], actions: [action({ arguments: 'reboot', activationType: 'system' })] },
      'toast.actions[0].arguments',
      /'snooze' or 'dismiss'/,
    )
  })

  it('refuses a hintInputId that names no input', () => {
    expectInvalid(
      { text: ['T'], inputs: [textInput('a')], actions: [action(), action({ hintInputId: 'b' })] },
      'toast.actions[1].hintInputId',
      /'b' is not the id of any input/,
    )
  })

  it('writes text inputs and selection inputs with their selections', () => {
    const body = xml({
      text: ['T'],
      inputs: [
        {
          type: 'text',
          id: 'note',
          title: 'Note',
          placeHolderContent: 'Type a note',
          defaultInput: 'Hi',
        },
        {
          type: 'selection',
          id: 'delay',
          title: 'Snooze for',
          defaultInput: '15',
          selections: [
            { id: '5', content: '5 minutes' },
            { id: '15', content: '15 minutes' },
          ],
        },
      ],
    })
    expect(body).toContain(
      '<actions><input id="note" type="text" title="Note" placeHolderContent="Type a note" defaultInput="Hi"/>' +
        '<input id="delay" type="selection" title="Snooze for" defaultInput="15">' +
        '<selection id="5" content="5 minutes"/><selection id="15" content="15 minutes"/></input></actions>',
    )
  })

  it('accepts five inputs and refuses six', () => {
    const inputs = ['a', 'b', 'c', 'd', 'e'].map(textInput)
    expect(xml({ text: ['T'], inputs }).match(/<input /g)).toHaveLength(5)
    expectInvalid(
      { text: ['T'], inputs: [...inputs, textInput('f')] },
      'toast.inputs',
      /at most 5 items/,
    )
  })

  it('accepts one to five selections and refuses none or six', () => {
    const selections = (count: number) => ({
      text: ['T'],
      inputs: [
        {
          type: 'selection',
          id: 's',
          selections: Array.from({ length: count }, (_, i) => ({ id: `${i}`, content: `${i}` })),
        },
      ],
    })
    expect(xml(selections(5) as ToastSpec).match(/<selection /g)).toHaveLength(5)
    expect(xml(selections(1) as ToastSpec).match(/<selection /g)).toHaveLength(1)
    expectInvalid(selections(6), 'toast.inputs[0].selections', /at most 5 items/)
    expectInvalid(selections(0), 'toast.inputs[0].selections', /at least 1 item/)
  })

  it('refuses repeated input ids, repeated selection ids and a default that is no selection', () => {
    expectInvalid(
      { text: ['T'], inputs: [textInput('a'), textInput('b'), textInput('a')] },
      'toast.inputs[2].id',
      /already the id of inputs\[0\]/,
    )
    const selection = (defaultInput: string, ids: string[]) => ({
      text: ['T'],
      inputs: [
        {
          type: 'selection',
          id: 's',
          defaultInput,
          selections: ids.map((id) => ({ id, content: id })),
        },
      ],
    })
    expectInvalid(selection('x', ['x', 'y', 'x']), 'toast.inputs[0].selections[2].id', /twice/)
    expectInvalid(selection('z', ['x', 'y']), 'toast.inputs[0].defaultInput', /'z' is not/)
    expectInvalid(
      { text: ['T'], inputs: [{ type: 'date', id: 'd' }] },
      'toast.inputs[0].type',
      /one of 'text', 'selection', not 'date'/,
    )
    expectInvalid(
      { text: ['T'], inputs: [{ type: 'text', id: 'a', selections: [] }] },
      'toast.inputs[0].selections',
      /not a valid key/,
    )
  })

  it('writes audio with a system sound, an app sound, loop and silent', () => {
    expect(
      xml({
        text: ['T'],
        audio: { src: 'ms-winsoundevent:Notification.Looping.Alarm2', loop: true },
      }),
    ).toContain(
      '</visual><audio src="ms-winsoundevent:Notification.Looping.Alarm2" loop="true"/></toast>',
    )
    expect(xml({ text: ['T'], audio: { src: 'ms-appx:///ding.wav' } })).toContain(
      '<audio src="ms-appx:///ding.wav"/>',
    )
    expect(xml({ text: ['T'], audio: { silent: true } })).toContain('<audio silent="true"/>')
  })

  it('refuses audio sources that are not sound events or app sounds', () => {
    for (const src of ['ms-winsoundevent:Notification.Beep', 'https://x.test/a.wav', ''])
      expectInvalid({ text: ['T'], audio: { src } }, 'toast.audio.src', /ms-winsoundevent/)
  })

  it('writes the header last, after audio and actions', () => {
    expect(
      xml({
        text: ['T'],
        audio: { silent: true },
        actions: [action()],
        header: {
          id: 'chat-1',
          title: 'Family',
          arguments: 'open=chat-1',
          activationType: 'protocol',
        },
      }),
    ).toMatch(
      /<audio silent="true"\/><actions>.*<\/actions><header id="chat-1" title="Family" arguments="open=chat-1" activationType="protocol"\/><\/toast>$/,
    )
    expectInvalid(
      { text: ['T'], header: { id: 'h', title: '', arguments: '' } },
      'toast.header.title',
      /not be empty/,
    )
  })
})
