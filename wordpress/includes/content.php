<?php
/**
 * Pasted `<wcit-*>` tags: kept by kses for every role that may post, never
 * broken by wpautop, and given the script.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Authors and Contributors have no unfiltered_html, so kses removed every
 * `<wcit-*>` tag at save. Allowed here with the elements' own attributes
 * (values are still checked by kses: no `javascript:` reaches an attribute
 * it treats as a URL) and what the pre-rendered snippet holds inside them.
 * Scripts stay forbidden: the plugin supplies the one that is needed.
 */
add_filter(
	'wp_kses_allowed_html',
	static function ( $allowed, $context ) {
		if ( 'post' !== $context || ! is_array( $allowed ) ) {
			return $allowed;
		}
		$global = array(
			'class'  => true,
			'id'     => true,
			'lang'   => true,
			'dir'    => true,
			'title'  => true,
			'data-*' => true,
		);
		foreach ( wcit_embed_elements() as $tag => $attributes ) {
			$allowed[ $tag ] = $global + array_fill_keys( array_keys( $attributes ), true );
		}
		// What `wcit-feed embed` puts inside: article, details and label are allowed already.
		$allowed['progress'] = $global + array(
			'max'   => true,
			'value' => true,
		);
		foreach ( array( 'article', 'p', 'a' ) as $tag ) {
			$allowed[ $tag ] = ( $allowed[ $tag ] ?? array() ) + array( 'data-wcit' => true );
		}
		return $allowed;
	},
	10,
	2
);

/**
 * Pasted tags and the plugin's shortcodes are taken out of the content
 * before wpautop (priority 10) and put back by a shortcode after it
 * (priority 11). wpautop does not know `<wcit-letter>` as a block, so it
 * wrapped its opening and closing tags in `<p>`, and a shortcode written
 * inside a sentence had its output put inside that sentence's `<p>`: the
 * browser then closed the paragraph at the letter's `<article>`, and the
 * pre-rendered letter showed twice (issue 26). Each kept piece stands alone
 * between blank lines, which shortcode_unautop takes out of its `<p>`; in
 * block content (no wpautop) the blank lines are harmless.
 */
const WCIT_EMBED_PASTED = '/<(wcit-letter|wcit-signatories|wcit-sign-button)\b[^>]*>.*?<\/\1\s*>/is';

function wcit_embed_kept( ?string $html = null, ?int $id = null ): ?string {
	static $kept = array();
	if ( null !== $html ) {
		$kept[] = $html;
		return "\n\n[wcit_embed_kept id=\"" . ( count( $kept ) - 1 ) . '" token="' . wcit_embed_token() . "\"]\n\n";
	}
	return $kept[ $id ] ?? null;
}

/** A token per request, so that a shortcode typed in a post cannot name a kept piece. */
function wcit_embed_token(): string {
	static $token = null;
	return $token ??= wp_generate_password( 16, false );
}

add_filter(
	'the_content',
	static function ( $content ) {
		if ( ! is_string( $content ) ) {
			return $content;
		}
		if ( str_contains( $content, '<wcit-' ) ) {
			wcit_embed_enqueue();
			$content = preg_replace_callback( WCIT_EMBED_PASTED, static fn( $m ) => wcit_embed_kept( $m[0] ), $content );
		}
		if ( str_contains( $content, '[wcit_' ) ) {
			$content = preg_replace_callback(
				'/' . get_shortcode_regex( array( 'wcit_letter', 'wcit_signatories', 'wcit_sign_button' ) ) . '/',
				// `[[wcit_letter]]` is an escaped shortcode: do_shortcode prints it as text later.
				static fn( $m ) => '[' === $m[1] && ']' === $m[6] ? $m[0] : wcit_embed_kept( do_shortcode_tag( $m ) ),
				$content
			);
		}
		return $content;
	},
	8
);

add_action(
	'init',
	static function () {
		add_shortcode(
			'wcit_embed_kept',
			static function ( $atts ) {
				if ( ! is_array( $atts ) || ( $atts['token'] ?? '' ) !== wcit_embed_token() || ! ctype_digit( (string) ( $atts['id'] ?? '' ) ) ) {
					return '';
				}
				$id = (int) $atts['id'];
				return wcit_embed_kept( null, $id ) ?? '';
			}
		);
	}
);

/**
 * The snippet's "keep the page still" `<style>` is taken out when a post is
 * saved: for Authors and Contributors kses removed the tags and left the
 * rules as a paragraph of visible CSS (issue 26), and for everyone the
 * plugin's stylesheet (assets/wcit-embed.css) holds the same rules.
 * Only a style that is about the elements (`wcit-…:not(:defined)`) goes.
 * Runs before kses (priority 10); the content is slashed here.
 */
add_filter(
	'content_save_pre',
	static function ( $content ) {
		if ( ! is_string( $content ) || ! str_contains( $content, 'wcit-' ) ) {
			return $content;
		}
		return preg_replace( '/<style\b[^>]*>(?:(?!<\/style)[^<]|<(?!\/style))*?wcit-[a-z-]+[^{}<]*:not\(:defined\)(?:(?!<\/style)[\s\S])*?<\/style\s*>\s*/i', '', $content );
	},
	9
);
